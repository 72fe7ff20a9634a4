/** `hub_meta` and `hub_counter`: who the hub is and the highest `seq` it committed. */
import type { SqlExecutor } from '../sql';

export interface HubIdentityRow {
  hubId: string;
  epoch: number;
}

export async function readIdentity(sql: SqlExecutor): Promise<HubIdentityRow> {
  const row = await sql.get<{ hub_id: string; epoch: number }>(
    'SELECT hub_id, epoch FROM hub_meta WHERE id = 1',
  );
  if (row === undefined) {
    throw new Error('hub_meta is empty: the database was not migrated');
  }
  return { hubId: row.hub_id, epoch: row.epoch };
}

export async function writeIdentity(sql: SqlExecutor, identity: HubIdentityRow): Promise<void> {
  await sql.run('UPDATE hub_meta SET hub_id = ?, epoch = ? WHERE id = 1', [
    identity.hubId,
    identity.epoch,
  ]);
}

/**
 * The highest `seq` committed. Inside a write this is the value the counter lock was taken on
 * (SYNC.md §5): the next record gets one more.
 */
export async function readHigh(sql: SqlExecutor): Promise<number> {
  const row = await sql.get<{ value: number }>('SELECT value FROM hub_counter WHERE id = 1');
  return row?.value ?? 0;
}

export async function writeHigh(sql: SqlExecutor, value: number): Promise<void> {
  await sql.run('UPDATE hub_counter SET value = ? WHERE id = 1', [value]);
}
