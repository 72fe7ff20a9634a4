/**
 * `GET /v1/team` (issue 14): a lead and an admin get every user's id, name, role and
 * revocation — and nothing about tokens — so the lead's screens can name teammates; a
 * reviewer and an evaluator are refused like on any role-gated route.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listUsers, revokeUser } from '../../../hub/storage/queries/users';
import { teamResponseSchema } from '../../../shared/sync/team';
import { describeEachEngine } from '../support/engines';
import { addTestUser, createTestHub, type TestHub, type TestUser } from '../support/test-hub';

const REVOKED_AT = '2026-12-03T09:00:00.000Z';

describeEachEngine('the team list', (engine) => {
  let hub: TestHub;
  let gone: TestUser;
  beforeAll(async () => {
    hub = await createTestHub(await engine.fresh());
    gone = await addTestUser(hub.storage, '林小美', 'reviewer');
    await hub.storage.write((sql) => revokeUser(sql, gone.id, REVOKED_AT));
  });
  afterAll(() => hub.close());

  const team = (role: 'reviewer' | 'lead' | 'evaluator' | 'admin') =>
    hub.request(role, { method: 'GET', url: '/v1/team' });

  it('names every user, revoked ones too, for a lead', async () => {
    const response = await team('lead');
    expect(response.statusCode).toBe(200);
    const { users } = teamResponseSchema.parse(response.json());
    const byId = new Map(users.map((user) => [user.id, user]));
    expect(byId.get(hub.users.reviewer.id)).toEqual({
      id: hub.users.reviewer.id,
      name: 'rita',
      role: 'reviewer',
      revokedAt: null,
    });
    expect(byId.get(gone.id)).toEqual({
      id: gone.id,
      name: '林小美',
      role: 'reviewer',
      revokedAt: REVOKED_AT,
    });
    expect(users.map((user) => user.name).sort()).toEqual(
      ['ada', 'eva', 'lee', 'rita', '林小美'].sort(),
    );
  });

  it('answers an admin the same list', async () => {
    const [lead, admin] = await Promise.all([team('lead'), team('admin')]);
    expect(admin.statusCode).toBe(200);
    expect(admin.json()).toEqual(lead.json());
  });

  it('carries only id, name, role and revocation: never a token, token id or hash', async () => {
    const response = await team('lead');
    for (const user of response.json<{ users: Record<string, unknown>[] }>().users) {
      expect(Object.keys(user).sort()).toEqual(['id', 'name', 'revokedAt', 'role']);
    }
    const secrets = (await hub.storage.read(listUsers)).flatMap((row) => [
      row.token_id,
      row.token_hash,
    ]);
    expect(secrets.length).toBeGreaterThanOrEqual(10);
    for (const secret of [...secrets, ...Object.values(hub.users).map((user) => user.token)]) {
      expect(response.body).not.toContain(secret);
    }
    expect(response.body).not.toMatch(/token|hash/i);
  });

  it('refuses a reviewer and an evaluator with 403, and no names', async () => {
    for (const role of ['reviewer', 'evaluator'] as const) {
      const response = await team(role);
      expect(response.statusCode, role).toBe(403);
      expect(response.json(), role).toMatchObject({ error: 'forbidden' });
      expect(response.body, role).not.toContain('rita');
    }
  });

  it('refuses a call without a token, and a revoked user’s token', async () => {
    expect((await hub.request(null, { method: 'GET', url: '/v1/team' })).statusCode).toBe(401);
    expect((await hub.request(gone, { method: 'GET', url: '/v1/team' })).statusCode).toBe(401);
  });
});
