/**
 * A device's watermark (SYNC.md §4): the highest `deviceSeq` up to which the hub has dealt with
 * every event of the device — holds it, or answered it `rejected` (a rejection is final for
 * that event, and counting it keeps the client from pushing its acknowledged events again and
 * again behind a gap it can never fill). Moves only forward, except through a restore.
 */
import { dealtWithSeqs } from '../storage/queries/devices';
import type { SqlExecutor } from '../storage/sql';

const PAGE = 1_000;

export async function advanceWatermark(
  sql: SqlExecutor,
  deviceId: string,
  current: number,
): Promise<number> {
  let mark = current;
  for (;;) {
    const seqs = await dealtWithSeqs(sql, deviceId, mark, PAGE);
    const start = mark;
    for (const seq of seqs) {
      if (seq !== mark + 1) {
        return mark; // a gap: the event at mark + 1 has not arrived
      }
      mark = seq;
    }
    if (seqs.length < PAGE || mark === start) {
      return mark;
    }
  }
}
