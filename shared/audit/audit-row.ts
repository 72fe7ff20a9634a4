/**
 * The audit log (issue 14 point 7; EXPORTS.md §4): one read-only row per decision event, saying
 * who did what to which draft, when, from which device, under which guideline version and on
 * which model version. Built from the events themselves, so the app (from its local store) and
 * the hub (from `hub_log`) produce the same row for the same event; what only one side knows —
 * the hub's `seq` and `receivedAt`, a reviewer's display name, the draft's model — is passed in,
 * and absent (`null`) where unknown.
 *
 * The row carries no draft text and no edited text: it records actions, not content (the
 * labelled-set exports carry the text).
 */
import type { DecisionEvent, DecisionKind } from '../domain/decision-event';
import type { DraftModel } from '../domain/draft';
import { auditSummary } from './audit-summary';

export interface AuditRow {
  /** The hub's position of the event in its log; null for an event not yet on a hub. */
  seq: number | null;
  eventId: string;
  kind: DecisionKind;
  projectId: string;
  draftId: string;
  reviewerId: string;
  /** The reviewer's display name, where the caller knows it. */
  reviewerName: string | null;
  /** The reviewer's clock when the decision was made (ISO 8601). */
  clientTime: string;
  /** When the hub committed the event (ISO 8601); null off the hub. */
  receivedAt: string | null;
  deviceId: string;
  deviceSeq: number;
  /** The project's settings version in force (absent on events before schema version 2). */
  guidelinesVersion: number | null;
  modelName: string | null;
  modelVersion: string | null;
  /** The hub's version of the draft decided on; null for a draft never on a hub. */
  draftVersion: number | null;
  /** approve, edit, escalate or skip; a lead's resolve: approve, edit or reject; else null. */
  verdict: string | null;
  /** An escalation's reason id. */
  reasonId: string | null;
  /** An escalation's or a resolve's note, a comment's text. */
  note: string | null;
  /** The event a retract undoes. */
  retracts: string | null;
  /** The heads the decision saw: what it supersedes. */
  parents: string[];
}

/** What the caller knows beyond the event. */
export interface AuditFacts {
  seq?: number | null;
  receivedAt?: string | null;
  reviewerName?: string | null;
  /** The model of the draft (at the version decided on, where the caller can tell). */
  model?: DraftModel | null;
}

export function auditRow(event: DecisionEvent, facts: AuditFacts = {}): AuditRow {
  const summary = auditSummary(event);
  return {
    seq: facts.seq ?? null,
    eventId: event.eventId,
    kind: event.kind,
    projectId: event.projectId,
    draftId: event.draftId,
    reviewerId: event.reviewerId,
    reviewerName: facts.reviewerName ?? null,
    clientTime: event.clientTime,
    receivedAt: facts.receivedAt ?? null,
    deviceId: event.deviceId,
    deviceSeq: event.deviceSeq,
    guidelinesVersion: event.guidelinesVersion ?? null,
    modelName: facts.model?.name ?? null,
    modelVersion: facts.model?.version ?? null,
    draftVersion: event.draftVersion ?? null,
    verdict: summary.verdict,
    reasonId: summary.reasonId,
    note: summary.note,
    retracts: summary.retracts,
    parents: [...event.parents],
  };
}

/**
 * The order an audit log is read in: the hub's `seq` where known (commit order), then events not
 * yet on a hub by their ULID (creation time, then a tie-break every copy agrees on).
 */
export function compareAuditRows(a: AuditRow, b: AuditRow): number {
  if (a.seq !== null && b.seq !== null) {
    return a.seq - b.seq;
  }
  if (a.seq !== null || b.seq !== null) {
    return a.seq !== null ? -1 : 1;
  }
  return a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0;
}
