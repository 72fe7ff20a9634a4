/** Immutable decision events: the only thing reviewers create (DESIGN.md, Domain). */

export type DecisionKind =
  'approve' | 'edit' | 'escalate' | 'skip' | 'comment' | 'retract' | 'resolve';

/** Every kind, in a fixed order (schemas and generators iterate over it). */
export const DECISION_KINDS: readonly DecisionKind[] = [
  'approve',
  'edit',
  'escalate',
  'skip',
  'comment',
  'retract',
  'resolve',
];

/** One answer to a rubric question: a choice, several choices, or a rating. */
export type LabelValue = string | string[] | number;

/** Rubric answers keyed by question id. */
export type Labels = Record<string, LabelValue>;

export interface ApprovePayload {
  labels?: Labels;
}

export interface EditPayload {
  /** The reviewer's final text, kept verbatim (never normalised: it is evidence). */
  finalText: string;
  labels?: Labels;
}

export interface EscalatePayload {
  /** An id from the project's escalation-reason list. */
  reasonId: string;
  note: string;
}

/** Skip carries nothing: it only records that the reviewer moved on. */
export type SkipPayload = Record<string, never>;

export interface CommentPayload {
  text: string;
}

export interface RetractPayload {
  /** The event being undone; it may not have arrived yet on this copy. */
  targetEventId: string;
}

/** A lead's final call. `reject` exists only here: reviewers approve, edit or escalate. */
export type ResolveVerdict = 'approve' | 'edit' | 'reject';

export interface ResolvePayload {
  verdict: ResolveVerdict;
  /** Required when `verdict` is `edit`, absent otherwise (enforced by the schema). */
  finalText?: string;
  note?: string;
}

/** Payload type of each kind. */
export interface DecisionPayloads {
  approve: ApprovePayload;
  edit: EditPayload;
  escalate: EscalatePayload;
  skip: SkipPayload;
  comment: CommentPayload;
  retract: RetractPayload;
  resolve: ResolvePayload;
}

export type DecisionPayload = DecisionPayloads[DecisionKind];

/**
 * A decision event. Generic so storage and sync can handle any event (`DecisionEvent`, payload
 * typed as the union of payloads) while code that reads payloads narrows with {@link isKind} or
 * switches on {@link TypedDecisionEvent}.
 */
export interface DecisionEvent<K extends DecisionKind = DecisionKind> {
  /** ULID: sortable by creation time, unique across devices. */
  eventId: string;
  kind: K;
  draftId: string;
  projectId: string;
  reviewerId: string;
  deviceId: string;
  /** Gapless per device; lets the hub report which events it already holds. */
  deviceSeq: number;
  /** The draft's heads when the decision was made: what this decision supersedes. */
  parents: string[];
  payload: DecisionPayloads[K];
  /** SHA-256 hex of the canonical JSON of `payload` (shared/review/payload-hash). */
  payloadHash: string;
  activeMs: number;
  clientTime: string;
  schemaVersion: number;
  appVersion: string;
  /**
   * The project's settings version (guidelines, rubric, escalation reasons) in force when the
   * decision was made: `Project.guidelinesVersion`. Absent on events written before schema
   * version 2; outside the payload, so it leaves the payload hash of every event unchanged.
   */
  guidelinesVersion?: number;
  /**
   * The hub's version of the draft the decision was made on (`draft.revised` raises it), absent
   * for a draft that was never on a hub. A decision on an older version than the draft's current
   * one is kept and shown as stale (SYNC.md §7). Outside the payload, like `guidelinesVersion`.
   */
  draftVersion?: number;
}

/** The discriminated union: `switch (event.kind)` narrows `payload`. */
export type TypedDecisionEvent = { [K in DecisionKind]: DecisionEvent<K> }[DecisionKind];

/**
 * Narrows a generic event to one kind. Trusts that kind and payload match, which the schema
 * (shared/review/decision-event-schema) guarantees for every event that entered the system.
 */
export function isKind<K extends DecisionKind>(
  event: DecisionEvent,
  kind: K,
): event is DecisionEvent<K> {
  return event.kind === kind;
}

/** Same trust as {@link isKind}, for code that wants to `switch` over every kind. */
export function asTyped(event: DecisionEvent): TypedDecisionEvent {
  return event as TypedDecisionEvent;
}
