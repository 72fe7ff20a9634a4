/**
 * Who may call what (SYNC.md §8, issue 10 point 5): walks every route the server registered and
 * checks that it answers 401 without a valid token and 403 to every role it does not name —
 * and that an allowed role gets past the door. A new route is covered without editing this file.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { revokeUser } from '../../../hub/storage/queries/users';
import { HUB_ROLES } from '../../../shared/sync/roles';
import { describeEachEngine } from '../support/engines';
import { addTestUser, createTestHub, type TestHub, type TestUser } from '../support/test-hub';

/** A URL for a route pattern: its parameters filled with plausible ids. */
const urlOf = (pattern: string) =>
  pattern.replace(':projectId', 'proj-1').replace(':draftId', 'd-1');

/** Routes the walk must find (so a walk over nothing cannot pass). */
const KNOWN = [
  'GET /healthz',
  'GET /readyz',
  'GET /v1/sync/hello',
  'POST /v1/devices',
  'POST /v1/sync/push',
  'GET /v1/sync/pull',
  'GET /v1/sync/events',
  'GET /v1/projects',
  'POST /v1/projects',
  'PUT /v1/projects/:projectId/settings',
  'POST /v1/projects/:projectId/drafts',
  'PUT /v1/projects/:projectId/drafts/:draftId',
  'POST /v1/projects/:projectId/drafts/:draftId/withdraw',
  'GET /v1/admin/users',
  'GET /v1/admin/devices',
  'GET /v1/team',
];

describeEachEngine('access to every route', (engine) => {
  let hub: TestHub;
  let revoked: TestUser;
  beforeAll(async () => {
    hub = await createTestHub(await engine.fresh());
    revoked = await addTestUser(hub.storage, 'gone', 'admin');
    await hub.storage.write((sql) => revokeUser(sql, revoked.id, new Date().toISOString()));
  });
  afterAll(() => hub.close());

  it('registers every route of SYNC.md §8, and only /healthz without a token', () => {
    const names = hub.routes.map((route) => `${route.method} ${route.url}`);
    expect(names).toEqual(expect.arrayContaining(KNOWN));
    expect(hub.routes.filter((route) => route.roles === 'public').map((r) => r.url)).toEqual([
      '/healthz',
    ]);
  });

  it('answers 401 without a token, with a malformed one, a forged one and a revoked one', async () => {
    const forged = `lp_${'0'.repeat(16)}_${'A'.repeat(43)}`;
    const stolenId = `${hub.users.admin.token.slice(0, 20)}${'B'.repeat(43)}`;
    for (const route of hub.routes.filter((r) => r.roles !== 'public')) {
      for (const authorization of [
        undefined,
        'Bearer nonsense',
        `Basic ${hub.users.admin.token}`,
        `Bearer ${forged}`,
        `Bearer ${stolenId}`,
        `Bearer ${revoked.token}`,
      ]) {
        const response = await hub.app.inject({
          method: route.method as 'GET',
          url: urlOf(route.url),
          headers: authorization === undefined ? {} : { authorization },
          ...(route.method === 'GET' ? {} : { payload: {} }),
        });
        expect(response.statusCode, `${route.method} ${route.url} with ${authorization}`).toBe(401);
        expect(response.json()).toMatchObject({ error: 'unauthorized' });
        expect(response.headers['www-authenticate']).toContain('Bearer');
      }
    }
  });

  it('answers 403 to every role a route does not name, and lets the others through', async () => {
    let refusals = 0;
    for (const route of hub.routes.filter((r) => r.roles !== 'public')) {
      if (route.url === '/v1/sync/events') {
        continue; // a stream: checked below without holding it open
      }
      for (const role of HUB_ROLES) {
        const response = await hub.request(role, {
          method: route.method,
          url: urlOf(route.url),
          ...(route.method === 'GET' ? {} : { payload: {} }),
        });
        const allowed = route.roles !== 'public' && route.roles.includes(role);
        const label = `${role} on ${route.method} ${route.url}`;
        if (allowed) {
          expect([401, 403], label).not.toContain(response.statusCode);
          expect(response.statusCode, label).toBeLessThan(500);
        } else {
          refusals += 1;
          expect(response.statusCode, label).toBe(403);
          expect(response.json(), label).toMatchObject({ error: 'forbidden' });
        }
      }
    }
    // reviewers and evaluators cannot publish, evaluators cannot push, only admins list users
    expect(refusals).toBeGreaterThanOrEqual(5 * 2 + 1 + 2 * 3);
  });

  it('refuses the poke stream without a token', async () => {
    const response = await hub.request(null, { method: 'GET', url: '/v1/sync/events' });
    expect(response.statusCode).toBe(401);
  });

  it('answers /healthz to anyone', async () => {
    const response = await hub.request(null, { method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });
});
