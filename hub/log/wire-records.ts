/**
 * A log row as the JSON a client pulls (shared/sync/hub-records.ts). The stored body is spliced
 * in as text, never parsed and written again: a page of 500 records costs string joins only,
 * and every byte of a draft or an edit leaves the hub as it came in.
 */
import type { LogRow } from '../storage/rows';

export function wireRecordJson(row: LogRow): string {
  const envelope = JSON.stringify({
    seq: row.seq,
    recordId: row.record_id,
    kind: row.kind,
    projectId: row.project_id,
    draftId: row.draft_id,
    userId: row.user_id,
    receivedAt: row.received_at,
  });
  // Both are JSON objects the hub wrote: `{…envelope}` + `{…body}` → `{…envelope,…body}`.
  const fields = row.body.slice(1, -1);
  return fields === '' ? envelope : `${envelope.slice(0, -1)},${fields}}`;
}
