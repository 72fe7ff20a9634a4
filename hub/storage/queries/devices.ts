/** `devices` (each app installation, bound to one user) and `device_rejections`. */
import type { DeviceRow } from '../rows';
import type { SqlExecutor } from '../sql';
import { placeholders } from '../sql';

const COLUMNS = 'device_id, user_id, label, watermark, registered_at, last_push_at';

export function deviceById(sql: SqlExecutor, deviceId: string): Promise<DeviceRow | undefined> {
  return sql.get<DeviceRow>(`SELECT ${COLUMNS} FROM devices WHERE device_id = ?`, [deviceId]);
}

export async function insertDevice(sql: SqlExecutor, device: DeviceRow): Promise<void> {
  await sql.run(`INSERT INTO devices (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)`, [
    device.device_id,
    device.user_id,
    device.label,
    device.watermark,
    device.registered_at,
    device.last_push_at,
  ]);
}

export async function setDeviceLabel(sql: SqlExecutor, deviceId: string, label: string) {
  await sql.run('UPDATE devices SET label = ? WHERE device_id = ?', [label, deviceId]);
}

export function listDevices(sql: SqlExecutor): Promise<(DeviceRow & { user_name: string })[]> {
  return sql.all(
    `SELECT d.device_id, d.user_id, d.label, d.watermark, d.registered_at, d.last_push_at,
       u.name AS user_name
     FROM devices d JOIN users u ON u.id = d.user_id ORDER BY u.name, d.registered_at`,
  );
}

export async function updateWatermark(
  sql: SqlExecutor,
  deviceId: string,
  watermark: number,
  pushedAt: string,
): Promise<void> {
  await sql.run('UPDATE devices SET watermark = ?, last_push_at = ? WHERE device_id = ?', [
    watermark,
    pushedAt,
    deviceId,
  ]);
}

/** The device's `deviceSeq`s above `after` that the hub holds or rejected, ascending. */
export async function dealtWithSeqs(
  sql: SqlExecutor,
  deviceId: string,
  after: number,
  limit: number,
): Promise<number[]> {
  const rows = await sql.all<{ device_seq: number }>(
    `SELECT device_seq FROM (
       SELECT device_seq FROM hub_log WHERE device_id = ? AND device_seq > ?
       UNION
       SELECT device_seq FROM device_rejections WHERE device_id = ? AND device_seq > ?
     ) seqs ORDER BY device_seq LIMIT ?`,
    [deviceId, after, deviceId, after, limit],
  );
  return rows.map((row) => row.device_seq);
}

export interface RejectionRow {
  device_id: string;
  device_seq: number;
  event_id: string | null;
  reason: string;
  rejected_at: string;
}

/** Keeps the first answer for each `deviceSeq` (a rejection is not rewritten by a retry). */
export async function insertRejections(sql: SqlExecutor, rows: readonly RejectionRow[]) {
  for (const row of rows) {
    await sql.run(
      `INSERT INTO device_rejections (device_id, device_seq, event_id, reason, rejected_at)
       VALUES (?, ?, ?, ?, ?) ON CONFLICT (device_id, device_seq) DO NOTHING`,
      [row.device_id, row.device_seq, row.event_id, row.reason, row.rejected_at],
    );
  }
}

/** Which of `seqs` the device already has a record for, with that record's id. */
export async function recordsAtDeviceSeqs(
  sql: SqlExecutor,
  deviceId: string,
  seqs: readonly number[],
): Promise<Map<number, string>> {
  const taken = new Map<number, string>();
  if (seqs.length === 0) {
    return taken;
  }
  const rows = await sql.all<{ device_seq: number; record_id: string }>(
    `SELECT device_seq, record_id FROM hub_log
     WHERE device_id = ? AND device_seq IN (${placeholders(seqs.length)})`,
    [deviceId, ...seqs],
  );
  for (const row of rows) {
    taken.set(row.device_seq, row.record_id);
  }
  return taken;
}
