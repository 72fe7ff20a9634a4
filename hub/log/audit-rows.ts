/**
 * Audit rows from the hub's log (issue 14 point 7): each decision record becomes the shared
 * `AuditRow` (shared/audit), with what only the hub knows — `seq`, `receivedAt`, the reviewer's
 * name — and the model of the draft version decided on: the version the event names, else the
 * version current when the hub received it (events from before draft versions were recorded).
 */
import { auditRow, type AuditRow } from '../../shared/audit';
import type { DecisionEvent } from '../../shared/domain/decision-event';
import type { DraftModel } from '../../shared/domain/draft';
import { auditDecisions, draftVersionModels, type AuditWindow } from '../storage/queries/audit';
import type { DraftVersionModelRow } from '../storage/queries/audit';
import type { SqlExecutor } from '../storage/sql';

function modelOf(row: DraftVersionModelRow | undefined): DraftModel | null {
  if (row?.model === null || row?.model === undefined) {
    return null;
  }
  const model = JSON.parse(row.model) as Partial<DraftModel>;
  return typeof model.name === 'string' ? (model as DraftModel) : null;
}

/** The version a decision was made on, among the draft's versions (in `seq` order). */
function versionFor(
  versions: readonly DraftVersionModelRow[],
  event: DecisionEvent,
  seq: number,
): DraftVersionModelRow | undefined {
  if (event.draftVersion !== undefined) {
    return versions.find((version) => Number(version.version) === event.draftVersion);
  }
  return versions.filter((version) => version.seq < seq).at(-1);
}

/** One batch of audit rows in the window, in `seq` order. */
export async function readAuditRows(
  sql: SqlExecutor,
  window: AuditWindow,
  names: ReadonlyMap<string, string>,
): Promise<AuditRow[]> {
  const records = await auditDecisions(sql, window);
  const decided = records.map((record) => ({
    record,
    event: (JSON.parse(record.body) as { event: DecisionEvent }).event,
  }));
  const draftsByProject = new Map<string, Set<string>>();
  for (const { event } of decided) {
    const drafts = draftsByProject.get(event.projectId) ?? new Set<string>();
    drafts.add(event.draftId);
    draftsByProject.set(event.projectId, drafts);
  }
  const versions = new Map<string, DraftVersionModelRow[]>();
  for (const [projectId, drafts] of draftsByProject) {
    for (const row of await draftVersionModels(sql, projectId, [...drafts], window.upTo)) {
      const key = JSON.stringify([projectId, row.draft_id]);
      const known = versions.get(key) ?? [];
      known.push(row);
      versions.set(key, known);
    }
  }
  return decided.map(({ record, event }) =>
    auditRow(event, {
      seq: Number(record.seq),
      receivedAt: record.received_at,
      // The event's own reviewer, never the record's writer (an admin's import writes others').
      reviewerName: names.get(event.reviewerId) ?? null,
      model: modelOf(
        versionFor(
          versions.get(JSON.stringify([event.projectId, event.draftId])) ?? [],
          event,
          Number(record.seq),
        ),
      ),
    }),
  );
}
