/**
 * The hub benchmark (issue 10, point 8; DESIGN.md "Performance budgets": push 10k events ≤ 5 s,
 * pull 100k records ≤ 20 s, both engines). Run by hub-bench.mjs as
 * `node --import tsx tests/bench/hub-bench.ts RESULTS.json`; writes its measurements there.
 *
 * Per engine (SQLite always; PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL names a
 * cluster), on a fresh database, with the hub as its own process (hub-bench-hub.ts) and a
 * scripted client in this one over loopback HTTP (fetch, keep-alive):
 *
 * 1. a lead publishes the project and 10,000 ~1 KB drafts (500 per request);
 * 2. a warm-up: 5 pushes of 20 events and a small pull, so the timings are not JIT warm-up;
 * 3. push: 10,000 decision events, 200 per request, one after another, each answered (every
 *    event must come back `accepted`); baseline: the rows the hub stored, inserted raw into a
 *    fresh database's `hub_log` in one transaction of multi-row INSERTs;
 * 4. the log is filled to 100,000 records with more valid decisions through the hub's own
 *    append (appendToLog: what a push runs after its checks), in one transaction;
 * 5. pull: all 100,000 records from cursor 0, 500 per page, each page parsed, the hub's peak
 *    RSS over it (VmHWM, reset before); baseline: one raw SELECT of the same rows;
 * 6. concurrency: one event per push (what an online app sends after each decision) from one
 *    client, then from 8 clients at once (8 reviewers, a device each): pushes per second and
 *    each push's latency. Every write takes the counter lock (SYNC.md §5), so this is its cost.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runMigrations } from '../../hub/storage/migrations/run-migrations';
import { readHigh } from '../../hub/storage/queries/identity';
import { LOG_COLUMNS } from '../../hub/storage/queries/log';
import type { LogRow } from '../../hub/storage/rows';
import type { HubStorage } from '../../hub/storage/storage';
import type { DecisionEvent } from '../../shared/domain/decision-event';
import {
  addUser,
  appendEvents,
  batches,
  call,
  publishProject,
  pullAll,
  push,
  pushBody,
  type BenchUser,
} from './hub-bench-client';
import { benchDraft, benchProject, buildEvents } from './hub-bench-data';
import {
  freshDatabase,
  rawInsertMs,
  rawSelect,
  startHub,
  startPeakWindow,
  type BenchDatabase,
  type EngineName,
  type HubProcess,
} from './hub-bench-hub';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const SIZES = {
  drafts: 10_000,
  publishBatch: 500,
  warmupPushes: 5,
  warmupBatch: 20,
  pushEvents: 10_000,
  pushBatch: 200,
  pullRecords: 100_000,
  pullPage: 500,
  soloPushes: 400,
  clients: 8,
  pushesPerClient: 100,
};

const log = (line: string) => console.log(`[bench:hub] ${line}`);
const round = (value: number) => Math.round(value * 10) / 10;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** The users and devices every run needs, written straight into the database. */
async function addUsersAndDevices(storage: HubStorage) {
  const add = (name: string, role: BenchUser['role'], devices: string[]) =>
    addUser(storage, name, role, devices);
  const lead = await add('lead', 'lead', []);
  const reviewers: BenchUser[] = [];
  for (let k = 1; k <= SIZES.clients; k += 1) {
    const own = [`dev-c${k}`, ...(k === 1 ? ['dev-warm', 'dev-push', 'dev-solo'] : [])];
    reviewers.push(await add(`r${k}`, 'reviewer', own));
  }
  await add('seeder', 'reviewer', ['dev-seed']);
  return { lead, reviewers };
}

interface Events {
  warmup: DecisionEvent[];
  push: DecisionEvent[];
  seed: DecisionEvent[];
  solo: DecisionEvent[];
  clients: DecisionEvent[][];
}

const RECORDS_BEFORE_SEEDING =
  1 + SIZES.drafts + SIZES.warmupPushes * SIZES.warmupBatch + SIZES.pushEvents;

/** Every event of the run, built once (with their hashes) and sent to each engine's hub. */
async function buildAllEvents(): Promise<Events> {
  const spread = (i: number) => (i * 7_919) % SIZES.drafts;
  return {
    warmup: await buildEvents({
      reviewerId: 'bench-r1',
      deviceId: 'dev-warm',
      firstSeq: 1,
      count: SIZES.warmupPushes * SIZES.warmupBatch,
      draftOf: spread,
    }),
    push: await buildEvents({
      reviewerId: 'bench-r1',
      deviceId: 'dev-push',
      firstSeq: 1,
      count: SIZES.pushEvents,
      draftOf: (i) => i % SIZES.drafts,
    }),
    seed: await buildEvents({
      reviewerId: 'bench-seeder',
      deviceId: 'dev-seed',
      firstSeq: 1,
      count: SIZES.pullRecords - RECORDS_BEFORE_SEEDING,
      draftOf: (i) => (i * 31) % SIZES.drafts,
    }),
    solo: await buildEvents({
      reviewerId: 'bench-r1',
      deviceId: 'dev-solo',
      firstSeq: 1,
      count: SIZES.soloPushes,
      draftOf: spread,
    }),
    clients: await Promise.all(
      Array.from({ length: SIZES.clients }, (_, k) =>
        buildEvents({
          reviewerId: `bench-r${k + 1}`,
          deviceId: `dev-c${k + 1}`,
          firstSeq: 1,
          count: SIZES.pushesPerClient,
          draftOf: (i) => spread(i * SIZES.clients + k + 1),
        }),
      ),
    ),
  };
}

/** Single-event pushes from each client at once; each client waits for its answer. */
async function pushRun(
  hub: HubProcess,
  clients: readonly { user: BenchUser; deviceId: string; events: readonly DecisionEvent[] }[],
) {
  const prepared = clients.map((client) => ({
    user: client.user,
    bodies: client.events.map((event) => pushBody(client.deviceId, [event])),
  }));
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    prepared.map(async ({ user, bodies }) => {
      for (const body of bodies) {
        const sent = performance.now();
        await push(hub, user, body, 1);
        latencies.push(performance.now() - sent);
      }
    }),
  );
  const ms = performance.now() - started;
  return {
    clients: clients.length,
    pushes: latencies.length,
    ms: round(ms),
    perSecond: Math.round((latencies.length * 1000) / ms),
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
  };
}

async function seedLog(storage: HubStorage, events: readonly DecisionEvent[]) {
  const high = await storage.read(readHigh);
  if (high !== RECORDS_BEFORE_SEEDING) {
    throw new Error(`expected ${RECORDS_BEFORE_SEEDING} records before seeding, found ${high}`);
  }
  await appendEvents(storage, events);
}

async function benchEngine(engine: EngineName, adminUrl: string | null, events: Events) {
  const loadBefore = loadavg().map(round);
  const database: BenchDatabase = await freshDatabase(engine, adminUrl);
  const storage = database.open();
  let hub: HubProcess | null = null;
  try {
    await runMigrations(storage);
    const { lead, reviewers } = await addUsersAndDevices(storage);
    const r1 = reviewers[0]!;
    hub = await startHub(ROOT, database);
    log(`${engine}: hub pid ${hub.pid} on ${hub.url}`);

    const drafts = Array.from({ length: SIZES.drafts }, (_, i) => benchDraft(i));
    const publishMs = await publishProject(hub, lead, benchProject(), drafts, SIZES.publishBatch);
    log(`${engine}: published ${SIZES.drafts} drafts in ${round(publishMs)} ms`);

    for (const batch of batches(events.warmup, SIZES.warmupBatch)) {
      await push(hub, r1, pushBody('dev-warm', batch), batch.length);
    }
    await call(hub, r1, 'GET', '/v1/sync/pull?after=0&limit=10&deviceId=dev-warm');

    const bodies = batches(events.push, SIZES.pushBatch).map((batch) => ({
      body: pushBody('dev-push', batch),
      count: batch.length,
    }));
    const pushBytes = bodies.reduce((sum, { body }) => sum + Buffer.byteLength(body), 0);
    const requestMs: number[] = [];
    let started = performance.now();
    for (const { body, count } of bodies) {
      const sent = performance.now();
      await push(hub, r1, body, count);
      requestMs.push(performance.now() - sent);
    }
    const pushMs = performance.now() - started;
    log(
      `${engine}: pushed ${SIZES.pushEvents} events in ${round(pushMs)} ms ` +
        `(request p50 ${round(percentile(requestMs, 50))} ms, max ${round(Math.max(...requestMs))} ms)`,
    );
    const stored = await storage.read((sql) =>
      sql.all<LogRow>(
        `SELECT ${LOG_COLUMNS.join(', ')} FROM hub_log WHERE device_id = ? ORDER BY seq`,
        ['dev-push'],
      ),
    );
    if (stored.length !== SIZES.pushEvents) {
      throw new Error(`expected ${SIZES.pushEvents} stored rows, found ${stored.length}`);
    }
    const pushBaselineMs = await rawInsertMs(engine, adminUrl, stored);
    log(`${engine}: raw INSERT of the same rows in ${round(pushBaselineMs)} ms`);

    started = performance.now();
    await seedLog(storage, events.seed);
    log(
      `${engine}: log filled to ${SIZES.pullRecords} records in ${round(performance.now() - started)} ms`,
    );

    const memory = startPeakWindow(hub.pid);
    started = performance.now();
    const pulled = await pullAll(hub, r1, SIZES.pullPage, 'dev-push');
    const pullMs = performance.now() - started;
    const pullMemory = memory();
    if (pulled.records !== SIZES.pullRecords || pulled.high !== SIZES.pullRecords) {
      throw new Error(`pulled ${pulled.records} records of ${pulled.high}`);
    }
    log(
      `${engine}: pulled ${pulled.records} records (${round(pulled.bytes / 1_048_576)} MiB, ` +
        `${pulled.pages} pages) in ${round(pullMs)} ms; hub peak RSS ${pullMemory.peakMb} MiB ` +
        `(${pullMemory.atStartMb} MiB before)`,
    );
    const raw = await rawSelect(database);
    if (raw.rows !== SIZES.pullRecords) {
      throw new Error(`the raw SELECT read ${raw.rows} rows`);
    }
    log(`${engine}: raw SELECT of the same rows in ${round(raw.ms)} ms`);

    const solo = await pushRun(hub, [{ user: r1, deviceId: 'dev-solo', events: events.solo }]);
    log(`${engine}: 1 client: ${solo.perSecond} pushes/s (p95 ${solo.p95Ms} ms)`);
    const together = await pushRun(
      hub,
      reviewers.map((user, k) => ({
        user,
        deviceId: `dev-c${k + 1}`,
        events: events.clients[k] ?? [],
      })),
    );
    log(
      `${engine}: ${together.clients} clients: ${together.perSecond} pushes/s (p95 ${together.p95Ms} ms)`,
    );

    return {
      engine,
      publish: { drafts: SIZES.drafts, ms: round(publishMs) },
      push: {
        events: SIZES.pushEvents,
        batch: SIZES.pushBatch,
        bytes: pushBytes,
        ms: round(pushMs),
        requestP50Ms: round(percentile(requestMs, 50)),
        requestMaxMs: round(Math.max(...requestMs)),
        baselineMs: round(pushBaselineMs),
      },
      pull: {
        records: pulled.records,
        page: SIZES.pullPage,
        pages: pulled.pages,
        bytes: pulled.bytes,
        ms: round(pullMs),
        baselineMs: round(raw.ms),
        peakMb: pullMemory.peakMb,
        rssBeforeMb: pullMemory.atStartMb,
      },
      concurrency: { solo, together },
      loadBefore,
      loadAfter: loadavg().map(round),
    };
  } finally {
    await hub?.stop();
    await storage.close();
    await database.drop();
  }
}

async function main() {
  const out = process.argv[2];
  if (out === undefined) {
    throw new Error('usage: node --import tsx tests/bench/hub-bench.ts RESULTS.json');
  }
  const adminUrl =
    process.env.BENCH_DATABASE_URL?.trim() || process.env.TEST_DATABASE_URL?.trim() || null;
  let started = performance.now();
  const events = await buildAllEvents();
  log(`built the run's decision events in ${round(performance.now() - started)} ms`);
  const engines: Record<string, unknown> = {};
  const names: EngineName[] = adminUrl === null ? ['sqlite'] : ['sqlite', 'postgres'];
  for (const engine of names) {
    started = performance.now();
    engines[engine] = await benchEngine(engine, adminUrl, events);
    log(`${engine}: measured in ${Math.round((performance.now() - started) / 1000)} s`);
  }
  writeFileSync(
    out,
    `${JSON.stringify(
      {
        sizes: SIZES,
        engines,
        postgresSkipped:
          adminUrl === null ? 'neither BENCH_DATABASE_URL nor TEST_DATABASE_URL is set' : null,
      },
      null,
      2,
    )}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(`[bench:hub] failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
