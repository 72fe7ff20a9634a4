/**
 * A hub server on a test database, with one user of each role and their tokens, driven by
 * Fastify's inject (no port) — or listening on 127.0.0.1 when a test needs real HTTP.
 */
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { issueToken } from '../../../hub/auth/tokens';
import {
  buildHubServer,
  type HubServer,
  type HubServerOptions,
} from '../../../hub/server/build-server';
import { insertDevice } from '../../../hub/storage/queries/devices';
import { insertUser } from '../../../hub/storage/queries/users';
import type { HubStorage } from '../../../hub/storage/storage';
import type { HubRole } from '../../../shared/sync/roles';

export interface TestUser {
  id: string;
  name: string;
  role: HubRole;
  token: string;
}

export interface TestHub extends HubServer {
  storage: HubStorage;
  users: Record<HubRole, TestUser>;
  /** A request as `user` (a role's user, a TestUser, or null for no token). */
  request(user: HubRole | TestUser | null, options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function addTestUser(
  storage: HubStorage,
  name: string,
  role: HubRole,
): Promise<TestUser> {
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

/** Registers `deviceId` for `user` straight in the database. */
export async function addTestDevice(storage: HubStorage, user: TestUser, deviceId: string) {
  await storage.write((sql) =>
    insertDevice(sql, {
      device_id: deviceId,
      user_id: user.id,
      label: null,
      watermark: 0,
      registered_at: new Date().toISOString(),
      last_push_at: null,
    }),
  );
}

export async function createTestHub(
  storage: HubStorage,
  options: Omit<HubServerOptions, 'storage'> = {},
): Promise<TestHub> {
  const server = await buildHubServer({ storage, ...options });
  const users = {
    reviewer: await addTestUser(storage, 'rita', 'reviewer'),
    lead: await addTestUser(storage, 'lee', 'lead'),
    evaluator: await addTestUser(storage, 'eva', 'evaluator'),
    admin: await addTestUser(storage, 'ada', 'admin'),
  };
  return {
    ...server,
    storage,
    users,
    request(user, request) {
      const who = typeof user === 'string' ? users[user] : user;
      return server.app.inject({
        ...request,
        headers: {
          ...(who === null ? {} : { authorization: `Bearer ${who.token}` }),
          ...request.headers,
        },
      });
    },
    close: () => server.app.close(),
  };
}
