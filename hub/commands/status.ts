/** `status`: where the database is, its schema and identity, and how much it holds. */
import { LATEST_SCHEMA_VERSION } from '../storage/migrations/run-migrations';
import { readHigh, readIdentity } from '../storage/queries/identity';
import type { HubStorage } from '../storage/storage';
import type { CommandIo } from './command-io';

export async function statusCommand(storage: HubStorage, io: CommandIo): Promise<void> {
  const facts = await storage.read(async (sql) => {
    const count = async (table: string) =>
      Number((await sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))?.n ?? 0);
    return {
      identity: await readIdentity(sql),
      high: await readHigh(sql),
      users: await count('users'),
      devices: await count('devices'),
      projects: await count('projects'),
      drafts: await count('drafts'),
    };
  });
  io.out(
    `database:  ${storage.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'} at ${storage.location}`,
  );
  io.out(`schema:    version ${LATEST_SCHEMA_VERSION}`);
  io.out(`hub:       ${facts.identity.hubId}, epoch ${facts.identity.epoch}`);
  io.out(`log:       ${facts.high} records`);
  io.out(
    `holds:     ${facts.users} users, ${facts.devices} devices, ${facts.projects} projects, ${facts.drafts} drafts`,
  );
}
