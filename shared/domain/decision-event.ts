/** Immutable decision events: the only thing reviewers create (DESIGN.md, Domain). */

export type DecisionKind =
  'approve' | 'edit' | 'escalate' | 'skip' | 'comment' | 'retract' | 'resolve';

export interface DecisionEvent {
  /** ULID: sortable by creation time, unique across devices. */
  eventId: string;
  kind: DecisionKind;
  draftId: string;
  projectId: string;
  reviewerId: string;
  deviceId: string;
  /** Gapless per device; lets the hub report which events it already holds. */
  deviceSeq: number;
  parents: string[];
  payload: Record<string, unknown>;
  payloadHash: string;
  activeMs: number;
  clientTime: string;
  schemaVersion: number;
  appVersion: string;
}
