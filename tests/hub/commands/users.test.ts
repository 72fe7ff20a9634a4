import { afterEach, beforeEach, expect, it } from 'vitest';
import { authenticate } from '../../../hub/auth/authenticate';
import { CommandError } from '../../../hub/commands/command-io';
import {
  addUser,
  listUsersCommand,
  newTokenCommand,
  revokeUserCommand,
  setRoleCommand,
} from '../../../hub/commands/users';
import { listUsers } from '../../../hub/storage/queries/users';
import type { HubStorage } from '../../../hub/storage/storage';
import { collectIo } from '../support/collect-io';
import { describeEachEngine } from '../support/engines';

describeEachEngine('user commands', (engine) => {
  let storage: HubStorage;
  beforeEach(async () => {
    storage = await engine.fresh();
  });
  afterEach(() => storage.close());

  const bearer = (token: string) => `Bearer ${token}`;

  it('adds a user and prints a working token once, alone on the last line', async () => {
    const io = collectIo();
    const added = await addUser(storage, io, { name: '  林美玲 ', role: 'lead' });
    expect(io.lines.at(-1)).toBe(added.token);
    expect(io.lines.filter((line) => line.includes(added.token))).toHaveLength(1);
    expect(io.lines[0]).toContain('Added lead "林美玲"');
    const auth = await authenticate(storage, bearer(added.token));
    expect(auth).toMatchObject({ ok: true, caller: { name: '林美玲', role: 'lead' } });
    // Only the hash is kept.
    const [row] = await storage.read(listUsers);
    expect(JSON.stringify(row)).not.toContain(added.token);
  });

  it('refuses a second user of the same name, an empty name, a control character and a bad role', async () => {
    await addUser(storage, collectIo(), { name: 'mei', role: 'reviewer' });
    await expect(addUser(storage, collectIo(), { name: 'mei', role: 'lead' })).rejects.toThrow(
      /exists already.*user token "mei"/,
    );
    await expect(addUser(storage, collectIo(), { name: '  ', role: 'lead' })).rejects.toThrow(
      /empty/,
    );
    await expect(addUser(storage, collectIo(), { name: 'a\tb', role: 'lead' })).rejects.toThrow(
      /control character/,
    );
    await expect(addUser(storage, collectIo(), { name: 'x', role: 'boss' })).rejects.toThrow(
      /"boss" is not a role/,
    );
    await expect(addUser(storage, collectIo(), { name: 'x', role: undefined })).rejects.toThrow(
      /--role reviewer\|lead\|evaluator\|admin/,
    );
    expect(await storage.read(listUsers)).toHaveLength(1);
  });

  it('revokes a token at once and keeps the user', async () => {
    const added = await addUser(storage, collectIo(), { name: 'mei', role: 'reviewer' });
    const io = collectIo();
    await revokeUserCommand(storage, io, 'mei');
    expect(io.lines[0]).toMatch(/Revoked "mei".*decisions stay/);
    expect(await authenticate(storage, bearer(added.token))).toEqual({
      ok: false,
      reason: 'invalid',
    });
    const again = collectIo();
    await revokeUserCommand(storage, again, 'mei');
    expect(again.lines[0]).toMatch(/already revoked/);
    await expect(newTokenCommand(storage, collectIo(), 'mei')).rejects.toThrow(/was revoked/);
    await expect(revokeUserCommand(storage, collectIo(), 'nobody')).rejects.toThrow(CommandError);
    const list = collectIo();
    await listUsersCommand(storage, list);
    expect(list.lines[1]).toMatch(/^mei\s+reviewer\s+revoked \d{4}-\d{2}-\d{2}/);
  });

  it('issues a new token that replaces the old one, and changes roles', async () => {
    const added = await addUser(storage, collectIo(), { name: 'mei', role: 'reviewer' });
    const io = collectIo();
    const token = await newTokenCommand(storage, io, 'mei');
    expect(io.lines.at(-1)).toBe(token);
    expect((await authenticate(storage, bearer(added.token))).ok).toBe(false);
    expect(await authenticate(storage, bearer(token))).toMatchObject({ ok: true });
    await setRoleCommand(storage, collectIo(), 'mei', 'evaluator');
    expect(await authenticate(storage, bearer(token))).toMatchObject({
      caller: { role: 'evaluator' },
    });
    await expect(setRoleCommand(storage, collectIo(), 'mei', 'owner')).rejects.toThrow(
      /not a role/,
    );
  });

  it('lists no users with the command that adds one', async () => {
    const io = collectIo();
    await listUsersCommand(storage, io);
    expect(io.lines).toEqual([
      'No users yet. Add one: npm run hub -- user add NAME --role reviewer',
    ]);
  });
});
