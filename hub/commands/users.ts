/**
 * `user add | list | revoke | token | role` (SYNC.md §8): people and their tokens. A token is
 * printed once, alone on the last line (so `| tail -n 1` hands it to a script), and only its
 * hash is kept. Revoking keeps the user and every decision they made; only the token stops.
 */
import { HUB_ROLES, isHubRole, type HubRole } from '../../shared/sync/roles';
import { issueToken } from '../auth/tokens';
import { listDevices } from '../storage/queries/devices';
import {
  insertUser,
  listUsers,
  replaceToken,
  revokeUser,
  setRole,
  userByName,
} from '../storage/queries/users';
import type { UserRow } from '../storage/rows';
import type { HubStorage } from '../storage/storage';
import { CommandError, type CommandIo } from './command-io';

const MAX_NAME = 100;

/** The name as stored, or a CommandError saying why it cannot be one. */
export function checkUserName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') {
    throw new CommandError('The user name is empty.');
  }
  if ([...trimmed].length > MAX_NAME) {
    throw new CommandError(`The user name is longer than ${MAX_NAME} characters.`);
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) {
    throw new CommandError('The user name holds a control character (a tab or a line break).');
  }
  return trimmed;
}

export function checkRole(role: string | undefined): HubRole {
  if (role === undefined) {
    throw new CommandError(`Give the user a role: --role ${HUB_ROLES.join('|')}.`);
  }
  if (!isHubRole(role)) {
    throw new CommandError(`"${role}" is not a role; a role is one of ${HUB_ROLES.join(', ')}.`);
  }
  return role;
}

async function activeUser(storage: HubStorage, name: string): Promise<UserRow> {
  const user = await storage.read((sql) => userByName(sql, checkUserName(name)));
  if (user === undefined) {
    throw new CommandError(`There is no user named "${name}" (see: npm run hub -- user list).`);
  }
  if (user.revoked_at !== null) {
    throw new CommandError(
      `"${user.name}" was revoked on ${user.revoked_at}; add a new user instead of reviving one.`,
    );
  }
  return user;
}

function printToken(io: CommandIo, name: string, token: string) {
  io.out(`Give this token to ${name}; it is shown only this once (the hub keeps only its hash):`);
  io.out(token);
}

export async function addUser(
  storage: HubStorage,
  io: CommandIo,
  input: { name: string; role: string | undefined },
  now = new Date(),
): Promise<{ id: string; token: string }> {
  const name = checkUserName(input.name);
  const role = checkRole(input.role);
  const issued = issueToken();
  const id = globalThis.crypto.randomUUID();
  await storage.write(async (sql) => {
    if ((await userByName(sql, name)) !== undefined) {
      throw new CommandError(
        `A user named "${name}" exists already (a new token for them: npm run hub -- user token "${name}").`,
      );
    }
    await insertUser(sql, {
      id,
      name,
      role,
      token_id: issued.tokenId,
      token_hash: issued.tokenHash,
      created_at: now.toISOString(),
      revoked_at: null,
    });
  });
  io.out(`Added ${role} "${name}" (user id ${id}).`);
  printToken(io, name, issued.token);
  return { id, token: issued.token };
}

export async function listUsersCommand(storage: HubStorage, io: CommandIo): Promise<void> {
  const [users, devices] = await storage.read(
    async (sql) => [await listUsers(sql), await listDevices(sql)] as const,
  );
  if (users.length === 0) {
    io.out('No users yet. Add one: npm run hub -- user add NAME --role reviewer');
    return;
  }
  const rows = users.map((user) => {
    const own = devices.filter((device) => device.user_id === user.id);
    const lastPush = own
      .map((device) => device.last_push_at ?? '')
      .sort()
      .at(-1);
    return [
      user.name,
      user.role,
      user.revoked_at === null ? 'active' : `revoked ${user.revoked_at.slice(0, 10)}`,
      String(own.length),
      lastPush === undefined || lastPush === '' ? '—' : lastPush.slice(0, 19).replace('T', ' '),
      user.id,
    ];
  });
  const header = ['name', 'role', 'state', 'devices', 'last push (UTC)', 'id'];
  const widths = header.map((title, column) =>
    Math.max([...title].length, ...rows.map((row) => [...(row[column] ?? '')].length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  io.out(line(header));
  for (const row of rows) {
    io.out(line(row));
  }
}

export async function revokeUserCommand(
  storage: HubStorage,
  io: CommandIo,
  name: string,
  now = new Date(),
): Promise<void> {
  const user = await storage.read((sql) => userByName(sql, checkUserName(name)));
  if (user === undefined) {
    throw new CommandError(`There is no user named "${name}" (see: npm run hub -- user list).`);
  }
  if (user.revoked_at !== null) {
    io.out(`"${user.name}" was already revoked on ${user.revoked_at}.`);
    return;
  }
  await storage.write((sql) => revokeUser(sql, user.id, now.toISOString()));
  io.out(`Revoked "${user.name}": their token no longer works. Their decisions stay in the log.`);
}

export async function newTokenCommand(
  storage: HubStorage,
  io: CommandIo,
  name: string,
): Promise<string> {
  const user = await activeUser(storage, name);
  const issued = issueToken();
  await storage.write((sql) =>
    replaceToken(sql, user.id, { tokenId: issued.tokenId, tokenHash: issued.tokenHash }),
  );
  io.out(`Issued a new token for "${user.name}"; the old one no longer works.`);
  printToken(io, user.name, issued.token);
  return issued.token;
}

export async function setRoleCommand(
  storage: HubStorage,
  io: CommandIo,
  name: string,
  role: string,
): Promise<void> {
  const user = await activeUser(storage, name);
  const checked = checkRole(role);
  await storage.write((sql) => setRole(sql, user.id, checked));
  io.out(`"${user.name}" is now a ${checked} (was ${user.role}).`);
}
