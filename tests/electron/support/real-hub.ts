/**
 * A real hub for the app's side of sync (issue 11): `buildHubServer` on a fresh SQLite database
 * in a temporary folder, migrated, with one user of each role, listening on 127.0.0.1. Main's
 * hub module (Node project) and both bridges (the browser one in jsdom) call it over loopback,
 * so what is tested is the real HTTP, the real auth and the real poke stream.
 *
 * `stop()` and `start()` take the hub down and bring it back on the same port and database, as
 * a restart would.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueToken } from '../../../hub/auth/tokens';
import { buildHubServer, type HubServer } from '../../../hub/server/build-server';
import { runMigrations } from '../../../hub/storage/migrations/run-migrations';
import { insertUser } from '../../../hub/storage/queries/users';
import { openSqliteStorage } from '../../../hub/storage/sqlite/sqlite-storage';
import type { HubStorage } from '../../../hub/storage/storage';
import type { DecisionEvent } from '../../../shared/domain/decision-event';
import { buildDecisionEvent } from '../../../shared/review/build-decision-event';
import type { HubRole } from '../../../shared/sync/roles';

export interface RealHubUser {
  id: string;
  name: string;
  role: HubRole;
  token: string;
}

export interface RealHub {
  /** `http://127.0.0.1:<port>`, the address a person would type. */
  readonly url: string;
  readonly users: Record<HubRole, RealHubUser>;
  readonly storage: HubStorage;
  /** The lead publishes project `proj-1` with drafts `d-1` and `d-2` (straight to the server). */
  seedProject(): Promise<void>;
  /** An `approve` of `d-1` by `user` from `deviceId`, ready to push. */
  approval(user: RealHubUser, deviceId: string, deviceSeq: number): Promise<DecisionEvent>;
  /** Takes the hub down: open poke streams end, connections are refused. */
  stop(): Promise<void>;
  /** Brings it back on the same port and database. */
  start(): Promise<void>;
  /** Stops it for good and deletes its database. */
  close(): Promise<void>;
}

async function addUser(storage: HubStorage, name: string, role: HubRole): Promise<RealHubUser> {
  const issued = issueToken();
  const id = `user-${name}`;
  await storage.write((sql) =>
    insertUser(sql, {
      id,
      name,
      role,
      token_id: issued.tokenId,
      token_hash: issued.tokenHash,
      created_at: new Date().toISOString(),
      revoked_at: null,
    }),
  );
  return { id, name, role, token: issued.token };
}

/** Starts a hub; `corsOrigins` as the hub's own option (none by default). */
export async function startRealHub(options: { corsOrigins?: string[] } = {}): Promise<RealHub> {
  const folder = await mkdtemp(join(tmpdir(), 'loupe-real-hub-'));
  // No watch: only this process writes, and its own commits poke without it.
  const storage = openSqliteStorage({ file: join(folder, 'hub.sqlite'), watchMs: 0 });
  await runMigrations(storage);
  const users = {
    reviewer: await addUser(storage, 'rita', 'reviewer'),
    lead: await addUser(storage, 'lee', 'lead'),
    evaluator: await addUser(storage, 'eva', 'evaluator'),
    admin: await addUser(storage, 'ada', 'admin'),
  };
  let port = 0;
  let server: HubServer | null = null;

  const start = async () => {
    server = await buildHubServer({ storage, corsOrigins: options.corsOrigins ?? [] });
    const address = await server.app.listen({ host: '127.0.0.1', port });
    port = Number(new URL(address).port);
  };
  const stop = async () => {
    const running = server;
    server = null;
    await running?.app.close();
  };
  const asLead = async (method: 'POST', url: string, payload: unknown) => {
    if (server === null) {
      throw new Error('the hub is stopped');
    }
    const response = await server.app.inject({
      method,
      url,
      payload: payload as Record<string, unknown>,
      headers: { authorization: `Bearer ${users.lead.token}` },
    });
    if (response.statusCode >= 300) {
      throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    }
  };

  await start();
  return {
    url: `http://127.0.0.1:${port}`,
    users,
    storage,
    async seedProject() {
      await asLead('POST', '/v1/projects', {
        projectId: 'proj-1',
        name: 'Support replies',
        settings: {
          guidelines: '# Guidelines\n\nCheck amounts against the ticket.',
          escalationReasons: [
            { id: 'factual-error', label: { en: 'Factual error', 'zh-TW': '事實錯誤' } },
          ],
          rubric: { questions: [] },
        },
      });
      const draft = (id: string) => ({
        id,
        prompt: '客戶問：我的退款到哪裡了？',
        context: [{ kind: 'ticket', title: 'Ticket 42', text: 'Refund of NT$1,280 approved.' }],
        draft: `退款 NT$1,280 已處理 — draft ${id}`,
        model: { name: 'gpt-x', version: '2026-11' },
        createdAt: '2026-12-01T08:00:00.000Z',
      });
      await asLead('POST', '/v1/projects/proj-1/drafts', { drafts: [draft('d-1'), draft('d-2')] });
    },
    async approval(user, deviceId, deviceSeq) {
      const built = await buildDecisionEvent({
        kind: 'approve',
        payload: {},
        projectId: 'proj-1',
        draftId: 'd-1',
        parents: [],
        reviewerId: user.id,
        deviceId,
        activeMs: 4_200,
        appVersion: '0.1.0-test',
        guidelinesVersion: 1,
      });
      return { ...built, deviceSeq };
    },
    stop,
    start,
    async close() {
      await stop();
      await storage.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
