/**
 * The poke stream, `GET /v1/sync/events` over real HTTP (SYNC.md §6; README "TLS"): it opens
 * with the current `{high, hubId, epoch}`, pokes with the new high after every commit of the
 * log — a push, a lead's publishing, another process's commit on the same database (SQLite:
 * `PRAGMA data_version`, watched every 200 ms in tests; PostgreSQL: LISTEN/NOTIFY) — makes one
 * poke of a burst, and ends when the hub closes.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { importDraftsCommand } from '../../../hub/commands/import-drafts';
import { publishProject } from '../../../hub/log/publish-project';
import { runMigrations } from '../../../hub/storage/migrations/run-migrations';
import { readHigh, readIdentity } from '../../../hub/storage/queries/identity';
import type { SqlExecutor } from '../../../hub/storage/sql';
import { ulid } from '../../../shared/ids/ulid';
import { collectIo } from '../support/collect-io';
import { testDraft, testEvent, testProject } from '../support/decisions';
import { describeEachEngine, type DatabaseLocation } from '../support/engines';
import { addTestDevice, createTestHub, type TestHub, type TestUser } from '../support/test-hub';

interface Poke {
  high: number;
  hubId: string;
  epoch: number;
}

interface PokeStream {
  status: number;
  headers: IncomingHttpHeaders;
  /** Everything received, as text. */
  text(): string;
  pokes: Poke[];
  /** The first poke from index `from` on whose high is at least `high`. */
  until(high: number, from?: number, timeoutMs?: number): Promise<Poke>;
  /** Resolves when the hub ends the stream cleanly. */
  ended: Promise<void>;
  close(): void;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function openPokes(base: string, user: TestUser): Promise<PokeStream> {
  return new Promise((resolve, reject) => {
    const request = get(
      new URL('/v1/sync/events', base),
      { agent: false, headers: { authorization: `Bearer ${user.token}` } },
      (response) => {
        let text = '';
        let parsed = 0;
        const pokes: Poke[] = [];
        const waiters = new Set<() => void>();
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          text += chunk;
          const blocks = text.slice(parsed).split('\n\n');
          blocks.pop(); // not complete yet
          for (const block of blocks) {
            parsed += block.length + 2;
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (/^event: poke$/m.test(block) && data !== undefined) {
              pokes.push(JSON.parse(data) as Poke);
            }
          }
          waiters.forEach((wake) => wake());
        });
        const ended = new Promise<void>((done, fail) => {
          response.on('end', done);
          response.on('error', fail);
        });
        ended.catch(() => undefined);
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          text: () => text,
          pokes,
          ended,
          close: () => request.destroy(),
          until(high, from = 0, timeoutMs = 5_000) {
            return new Promise((found, fail) => {
              const check = () => {
                const poke = pokes.slice(from).find((p) => p.high >= high);
                if (poke !== undefined) {
                  waiters.delete(check);
                  clearTimeout(timer);
                  found(poke);
                }
              };
              const timer = setTimeout(() => {
                waiters.delete(check);
                fail(new Error(`no poke with high ≥ ${high}: ${JSON.stringify(pokes)}`));
              }, timeoutMs);
              waiters.add(check);
              check();
            });
          },
        });
      },
    );
    request.on('error', reject);
  });
}

describeEachEngine('poke stream', (engine) => {
  let hub: TestHub;
  let location: DatabaseLocation;
  let base: string;
  let closed = false;
  const streams: PokeStream[] = [];
  beforeEach(async () => {
    location = await engine.freshLocation();
    const storage = engine.open(location);
    await runMigrations(storage);
    hub = await createTestHub(storage);
    closed = false;
    await hub.request('lead', { method: 'POST', url: '/v1/projects', payload: testProject() });
    await hub.request('lead', {
      method: 'POST',
      url: '/v1/projects/proj-1/drafts',
      payload: { drafts: [testDraft('d-1'), testDraft('d-2')] },
    });
    await addTestDevice(hub.storage, hub.users.reviewer, 'device-r');
    base = await hub.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterEach(async () => {
    streams.splice(0).forEach((stream) => stream.close());
    if (!closed) {
      await hub.close();
    }
  });

  const open = async (user: TestUser = hub.users.reviewer) => {
    const stream = await openPokes(base, user);
    streams.push(stream);
    return stream;
  };
  let deviceSeq = 0;
  const push = async () => {
    const event = await testEvent({
      kind: 'approve',
      payload: {},
      reviewerId: hub.users.reviewer.id,
      deviceId: 'device-r',
      deviceSeq: (deviceSeq += 1),
    });
    const response = await hub.request('reviewer', {
      method: 'POST',
      url: '/v1/sync/push',
      payload: { deviceId: 'device-r', events: [event] },
    });
    expect(response.statusCode).toBe(200);
    return event;
  };
  const high = () => hub.storage.read(readHigh);
  /** Commits one record and waits for its poke: after it, the stream holds no stale pokes. */
  const settled = async (stream: PokeStream) => {
    await push();
    await stream.until(await high());
    await pause(300);
    return stream.pokes.length;
  };

  it('opens with a poke carrying the current high, hubId and epoch', async () => {
    const stream = await open();
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(stream.headers['cache-control']).toMatch(/no-cache/);
    expect(stream.headers['x-accel-buffering']).toBe('no');
    const first = await stream.until(0);
    const { hubId } = await hub.storage.read(readIdentity);
    expect(first).toEqual({ high: 3, hubId, epoch: 1 });
    expect(stream.text()).toMatch(/^retry: \d+\n\nevent: poke\ndata: /);
  });

  it('pokes every stream with the new high after a push and after a lead publishes', async () => {
    const [reviewer, evaluator] = [await open(), await open(hub.users.evaluator)];
    await reviewer.until(3);
    await push();
    expect(await reviewer.until(4, 1)).toMatchObject({ high: 4, epoch: 1 });
    expect(await evaluator.until(4, 1)).toMatchObject({ high: 4 });
    await hub.request('lead', {
      method: 'POST',
      url: '/v1/projects/proj-1/drafts',
      payload: { drafts: [testDraft('d-3')] },
    });
    expect((await reviewer.until(5)).high).toBe(5);
    expect((await evaluator.until(5)).high).toBe(5);

    // a write that adds nothing to the log (a retried publish) pokes no one
    const before = reviewer.pokes.length;
    await hub.request('lead', {
      method: 'POST',
      url: '/v1/projects/proj-1/drafts',
      payload: { drafts: [testDraft('d-3')] },
    });
    await pause(500);
    expect(reviewer.pokes.slice(before)).toEqual([]);
  });

  it('makes one poke of a burst of commits in one tick', async () => {
    const stream = await open();
    const seen = await settled(stream);
    const writer = { userId: hub.users.lead.id, now: new Date().toISOString(), newId: ulid };
    await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        hub.storage.write((sql) => publishProject(sql, writer, testProject(`p-${n}`, `P${n}`))),
      ),
    );
    const final = await high();
    await stream.until(final, seen);
    await pause(500);
    const burst = stream.pokes.slice(seen).map((poke) => poke.high);
    expect(burst.at(-1)).toBe(final);
    expect(burst).toEqual([...new Set(burst)].sort((a, b) => a - b)); // increasing, none twice
    if (engine.name === 'sqlite') {
      expect(burst).toEqual([final]); // five commits in one tick: one poke
    } else {
      expect(burst.length).toBeLessThanOrEqual(5); // NOTIFYs arrive as PostgreSQL sends them
    }
  });

  it("pokes for a commit another storage handle makes on the same database (an admin command's)", async () => {
    const stream = await open();
    const seen = await settled(stream);
    const file = join(location.dataDir, 'more.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'q-1', prompt: '營業時間？', draft: '09:00' })}\n`);
    const other = engine.open(location);
    try {
      await importDraftsCommand(other, collectIo(), file, { project: 'Imported' });
    } finally {
      await other.close();
    }
    const final = await high();
    expect(final).toBeGreaterThan(stream.pokes[seen - 1]?.high ?? Infinity);
    expect((await stream.until(final, seen)).high).toBe(final);
  });

  it("makes one poke of another process's commits landing while the hub is busy", async () => {
    const stream = await open();
    const seen = await settled(stream);
    const file = join(location.dataDir, 'burst.jsonl');
    const rows = Array.from({ length: 1_001 }, (_, n) =>
      JSON.stringify({ id: `q-${n}`, prompt: `問題 ${n}`, draft: `回覆 ${n}` }),
    );
    writeFileSync(file, `${rows.join('\n')}\n`);
    const { DATABASE_URL: _unused, ...env } = process.env;
    if (location.databaseUrl !== null) {
      env.DATABASE_URL = location.databaseUrl;
    }
    // spawnSync blocks this process: the command's four commits (a project, three batches of
    // drafts) all land before the hub can see any of them.
    const command = spawnSync(
      join('node_modules', '.bin', 'tsx'),
      ['hub/main.ts', 'import', file, '--project', 'Burst', '--data', location.dataDir],
      { env, encoding: 'utf8', timeout: 50_000 },
    );
    expect(command.status, command.stderr).toBe(0);
    const final = await high();
    expect(final).toBe(stream.pokes[seen - 1]!.high + 1 + 1_001);
    await stream.until(final, seen);
    await pause(500);
    expect(stream.pokes.slice(seen).map((poke) => poke.high)).toEqual([final]);
  });

  it('pokes a stream about a commit that lands while it connects', async () => {
    const watching = await open();
    await watching.until(3);
    // The route reads its first poke, then a commit lands and is poked before the new stream is
    // listed (PostgreSQL: its NOTIFY arrives while the read transaction is still finishing).
    const read = hub.storage.read.bind(hub.storage);
    hub.storage.read = async <T>(work: (sql: SqlExecutor) => Promise<T>): Promise<T> => {
      const result = await read(work);
      if (typeof result === 'object' && result !== null && 'high' in result) {
        hub.storage.read = read;
        await push();
        await watching.until(4);
      }
      return result;
    };
    const joining = await open();
    expect((await joining.until(4)).high).toBe(4);
  });

  it('ends every stream when the hub closes', async () => {
    const [one, two] = [await open(), await open(hub.users.admin)];
    await Promise.all([one.until(3), two.until(3)]);
    closed = true;
    const started = Date.now();
    await hub.close();
    await Promise.all([one.ended, two.ended]);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(one.text().endsWith('\n\n')).toBe(true);
  });
});
