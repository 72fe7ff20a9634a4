/**
 * How records pulled from the hub become local rows (SYNC.md §1): a published project becomes a
 * project on this machine with the hub's settings version, a published or revised draft a draft
 * (keeping the status its decisions give it), a pulled record's envelope a `hubLog` row. Pure:
 * the pull repository reads and writes, this only shapes.
 */
import type { DraftInput } from '../../shared/domain/draft-schema';
import type { DraftStatus } from '../../shared/domain/draft';
import type { HubProject, LogRecord } from '../../shared/sync/hub-records';
import type { DraftRow, HubLogRow, ProjectRow } from './rows';

/** The project as the hub has it, over what this machine kept of it (its import mapping). */
export function projectFromHub(
  hub: HubProject,
  hubId: string,
  publishedSeq: number,
  receivedAt: string,
  stored: ProjectRow | undefined,
): ProjectRow {
  const { guidelines, escalationReasons, rubric } = hub.settings;
  return {
    ...(stored ?? { createdAt: receivedAt }),
    id: hub.projectId,
    name: hub.name,
    guidelines,
    escalationReasons,
    rubric,
    guidelinesVersion: hub.settingsVersion,
    hub: { hubId, publishedSeq: stored?.hub?.publishedSeq ?? publishedSeq },
  };
}

/** A draft as published or revised on the hub, with the status its decisions give it here. */
export function draftFromHub(
  projectId: string,
  input: DraftInput,
  draftVersion: number,
  status: DraftStatus,
  stored: DraftRow | undefined,
  changedSinceReview: { at: string } | undefined,
  arrival: number,
): DraftRow {
  // A draft keeps the place it first arrived at; one new here comes in the hub's order.
  const row: DraftRow = {
    ...input,
    projectId,
    status,
    draftVersion,
    arrival: stored?.arrival ?? arrival,
  };
  const changed = changedSinceReview ?? stored?.changedSinceReview;
  if (changed !== undefined) {
    row.changedSinceReview = changed;
  }
  if (stored?.importId !== undefined) {
    row.importId = stored.importId;
  }
  if (stored?.withdrawn !== undefined) {
    row.withdrawn = stored.withdrawn;
  }
  return row;
}

/** What `hubLog` keeps of a pulled record. */
export function logRowOf(record: LogRecord): HubLogRow {
  return {
    seq: record.seq,
    recordId: record.recordId,
    kind: record.kind,
    projectId: record.projectId,
    draftId: record.draftId,
    userId: record.userId,
    receivedAt: record.receivedAt,
  };
}
