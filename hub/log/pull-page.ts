/**
 * `GET /v1/sync/pull` (SYNC.md §3): one page of the log after the client's cursor, read in one
 * snapshot together with the hub's identity, its `high` and the device's watermark. Because
 * `seq` is given out in commit order (append.ts), a snapshot never holds `seq` n+1 without n,
 * so a cursor can never skip a record.
 */
import type { HubIdentity } from '../../shared/sync/hub-identity';
import { deviceById } from '../storage/queries/devices';
import { readHigh, readIdentity } from '../storage/queries/identity';
import { logAfter } from '../storage/queries/log';
import type { SqlExecutor } from '../storage/sql';
import { HubRequestError } from './request-error';
import { wireRecordJson } from './wire-records';

export interface PullPage {
  identity: HubIdentity;
  /** Each record as the JSON text it is sent as. */
  records: string[];
  nextCursor: number;
  hasMore: boolean;
  high: number;
}

/**
 * The watermark of `deviceId` for `userId` (0 for a device the hub has never seen; null when no
 * device was named). A device registered to someone else is refused: its watermark is theirs.
 */
export async function watermarkFor(
  sql: SqlExecutor,
  userId: string,
  deviceId: string | undefined,
): Promise<number | null> {
  if (deviceId === undefined) {
    return null;
  }
  const device = await deviceById(sql, deviceId);
  if (device !== undefined && device.user_id !== userId) {
    throw new HubRequestError(
      403,
      'device_not_yours',
      'This device is registered to another user.',
    );
  }
  return device?.watermark ?? 0;
}

export async function readPullPage(
  sql: SqlExecutor,
  request: { userId: string; after: number; limit: number; deviceId?: string },
): Promise<PullPage> {
  const deviceWatermark = await watermarkFor(sql, request.userId, request.deviceId);
  const { hubId, epoch } = await readIdentity(sql);
  const high = await readHigh(sql);
  const rows = await logAfter(sql, request.after, request.limit);
  const nextCursor = rows[rows.length - 1]?.seq ?? request.after;
  return {
    identity: { hubId, epoch, deviceWatermark },
    records: rows.map(wireRecordJson),
    nextCursor,
    hasMore: nextCursor < high,
    high,
  };
}

/** The page as the response body, assembled around the records' JSON text. */
export function pullPageJson(page: PullPage): string {
  const head = JSON.stringify(page.identity).slice(0, -1);
  const tail = JSON.stringify({
    nextCursor: page.nextCursor,
    hasMore: page.hasMore,
    high: page.high,
  }).slice(1);
  return `${head},"records":[${page.records.join(',')}],${tail}`;
}
