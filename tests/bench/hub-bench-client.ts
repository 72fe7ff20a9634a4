/**
 * The scripted hub client of the benchmarks (hub-bench.ts, sync-bench.ts): users and devices
 * written straight into a hub's database, and the HTTP calls a lead and a reviewer make —
 * publish a project and its drafts, push decision events, pull the whole log — over loopback
 * with Node's fetch (keep-alive), each answer checked.
 */
import { issueToken } from '../../hub/auth/tokens';
import { appendToLog, type NewRecord } from '../../hub/log/append';
import { insertDevice } from '../../hub/storage/queries/devices';
import { insertUser } from '../../hub/storage/queries/users';
import type { HubStorage } from '../../hub/storage/storage';
import type { DecisionEvent } from '../../shared/domain/decision-event';
import type { DraftInputRaw } from '../../shared/domain/draft-schema';
import type { PublishProjectRequest } from '../../shared/sync/publish';
import type { HubRole } from '../../shared/sync/roles';

export interface BenchUser {
  id: string;
  name: string;
  role: HubRole;
  token: string;
}

/** Where a hub listens (a HubProcess, or anything with its URL). */
export interface HubAt {
  url: string;
}

/** Adds user `bench-<name>` with a fresh token and the given devices, in one transaction. */
export async function addUser(
  storage: HubStorage,
  name: string,
  role: HubRole,
  devices: readonly string[] = [],
): Promise<BenchUser> {
  const now = new Date().toISOString();
  const issued = issueToken();
  const id = `bench-${name}`;
  await storage.write(async (sql) => {
    await insertUser(sql, {
      id,
      name,
      role,
      token_id: issued.tokenId,
      token_hash: issued.tokenHash,
      created_at: now,
      revoked_at: null,
    });
    for (const deviceId of devices) {
      await insertDevice(sql, {
        device_id: deviceId,
        user_id: id,
        label: null,
        watermark: 0,
        registered_at: now,
        last_push_at: null,
      });
    }
  });
  return { id, name, role, token: issued.token };
}

export interface Answer {
  status: number;
  text: string;
}

export async function call(
  hub: HubAt,
  user: BenchUser,
  method: 'GET' | 'POST',
  path: string,
  body?: string,
): Promise<Answer> {
  const response = await fetch(`${hub.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${user.token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body,
  });
  return { status: response.status, text: await response.text() };
}

export const pushBody = (deviceId: string, events: readonly DecisionEvent[]) =>
  JSON.stringify({ deviceId, events });

/** Pushes one request and checks that every event was accepted. */
export async function push(hub: HubAt, user: BenchUser, body: string, expected: number) {
  const answer = await call(hub, user, 'POST', '/v1/sync/push', body);
  if (answer.status !== 200) {
    throw new Error(`push answered ${answer.status}: ${answer.text.slice(0, 300)}`);
  }
  const results = (JSON.parse(answer.text) as { results: { status: string }[] }).results;
  const accepted = results.filter((result) => result.status === 'accepted').length;
  if (accepted !== expected) {
    throw new Error(`push accepted ${accepted} of ${expected}: ${answer.text.slice(0, 300)}`);
  }
}

export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < items.length; at += size) {
    out.push(items.slice(at, at + size));
  }
  return out;
}

/** A lead publishes `project`, then its drafts `perRequest` at a time; resolves to the ms. */
export async function publishProject(
  hub: HubAt,
  lead: BenchUser,
  project: PublishProjectRequest,
  drafts: readonly DraftInputRaw[],
  perRequest: number,
): Promise<number> {
  const started = performance.now();
  const created = await call(hub, lead, 'POST', '/v1/projects', JSON.stringify(project));
  if (created.status !== 201) {
    throw new Error(`publishing the project answered ${created.status}: ${created.text}`);
  }
  for (const batch of batches(drafts, perRequest)) {
    const answer = await call(
      hub,
      lead,
      'POST',
      `/v1/projects/${project.projectId}/drafts`,
      JSON.stringify({ drafts: batch }),
    );
    if (answer.status !== 200 && answer.status !== 201) {
      throw new Error(`publishing drafts answered ${answer.status}: ${answer.text}`);
    }
  }
  return performance.now() - started;
}

/**
 * Appends `events` to the log through the hub's own append (what a push runs after its
 * checks), in one transaction: the fast way to fill a log.
 */
export async function appendEvents(storage: HubStorage, events: readonly DecisionEvent[]) {
  const records: NewRecord[] = events.map((event) => ({
    recordId: event.eventId,
    kind: 'decision',
    projectId: event.projectId,
    draftId: event.draftId,
    deviceId: event.deviceId,
    deviceSeq: event.deviceSeq,
    userId: event.reviewerId,
    payloadHash: event.payloadHash,
    body: { event },
  }));
  await storage.write((sql) => appendToLog(sql, records, new Date().toISOString()));
}

/** Pulls the whole log from cursor 0, `page` records a request, each page parsed and checked. */
export async function pullAll(hub: HubAt, user: BenchUser, page: number, deviceId: string) {
  let after = 0;
  let records = 0;
  let bytes = 0;
  let pages = 0;
  for (;;) {
    const answer = await call(
      hub,
      user,
      'GET',
      `/v1/sync/pull?after=${after}&limit=${page}&deviceId=${deviceId}`,
    );
    if (answer.status !== 200) {
      throw new Error(`pull answered ${answer.status}: ${answer.text.slice(0, 300)}`);
    }
    const body = JSON.parse(answer.text) as {
      records: { seq: number }[];
      nextCursor: number;
      hasMore: boolean;
      high: number;
    };
    if (body.records[0] !== undefined && body.records[0].seq !== after + 1) {
      throw new Error(`pull after ${after} began at ${body.records[0].seq}`);
    }
    records += body.records.length;
    bytes += Buffer.byteLength(answer.text);
    pages += 1;
    after = body.nextCursor;
    if (!body.hasMore) {
      return { records, bytes, pages, high: body.high };
    }
  }
}
