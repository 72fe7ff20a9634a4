/**
 * The sync benchmark (issue 11, point 8; DESIGN.md "Performance budgets"): the real client engine
 * in the built app, in headless Chromium, against real hub processes (SQLite: the browser rows
 * measure the client, and the hub's own rows cover both engines). Run by sync-bench.mjs as
 * `node --import tsx tests/bench/sync-bench.ts DIST_DIR RESULTS.json`; writes its figures there.
 *
 * 1. push: 10,000 decisions of one device through the app, beside the same 10,000 events pushed
 *    by the hub bench's Node client (200 per request) to a hub prepared the same way;
 * 2. pull: the hub bench's 100,000-record log into an empty profile, beside the Node client's
 *    pull of the same log (500 per page) in this run;
 * 3. live: reviewer A's decision, made by keyboard, until reviewer B's open queue shows it;
 * 4. review: the decision key → next item, while a 100k pull runs in the same page and idle.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runMigrations } from '../../hub/storage/migrations/run-migrations';
import { readHigh } from '../../hub/storage/queries/identity';
import type { HubStorage } from '../../hub/storage/storage';
import type { DecisionEvent } from '../../shared/domain/decision-event';
import {
  addUser,
  appendEvents,
  batches,
  publishProject,
  pullAll,
  push,
  pushBody,
  type BenchUser,
} from './hub-bench-client';
import { benchDraft, benchProject, buildEvents } from './hub-bench-data';
import { freshDatabase, startHub, type HubProcess } from './hub-bench-hub';
import { reservePort } from './sync-bench-browser';
import { measureLive } from './sync-bench-live';
import { measureReviewDuringPull } from './sync-bench-review';
import { helloOf, pullRecords } from './sync-bench-seed';
import { browserPull, browserPush } from './sync-bench-transfer';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const SIZES = {
  drafts: 10_000,
  publishBatch: 500,
  warmupEvents: 100,
  warmupBatch: 20,
  pushEvents: 10_000,
  pushBatch: 200,
  pullRecords: 100_000,
  pullPage: 500,
  liveDrafts: 10_000,
  liveDecisions: 30,
};

/** LOUPE_BENCH_SYNC_PARTS=push,pull,review,live (any of them; default all) picks the parts. */
const PARTS = new Set(
  (process.env.LOUPE_BENCH_SYNC_PARTS ?? 'push,pull,review,live').split(',').map((p) => p.trim()),
);

const log = (line: string) => console.log(`[bench:sync] ${line}`);
const round = (value: number) => Math.round(value * 10) / 10;

interface PreparedHub {
  hub: HubProcess;
  storage: HubStorage;
  users: Record<string, BenchUser>;
  stop(): Promise<void>;
}

/**
 * A fresh SQLite hub process allowing the pages' origin, its users (and devices) written into
 * its database, a lead's project of `drafts` ~1 KB drafts published, then `warmup` pushed.
 */
async function prepareHub(
  corsOrigin: string,
  users: Record<string, { role: BenchUser['role']; devices?: string[] }>,
  drafts: number,
  warmup: readonly DecisionEvent[],
): Promise<PreparedHub> {
  const database = await freshDatabase('sqlite', null);
  const storage = database.open();
  await runMigrations(storage);
  const added: Record<string, BenchUser> = {};
  for (const [name, { role, devices }] of Object.entries(users)) {
    added[name] = await addUser(storage, name, role, devices ?? []);
  }
  const hub = await startHub(ROOT, database, ['--cors-origin', corsOrigin]);
  const lead = added.lead;
  if (lead === undefined) {
    throw new Error('a prepared hub needs a lead');
  }
  const all = Array.from({ length: drafts }, (_, i) => benchDraft(i));
  const publishMs = await publishProject(hub, lead, benchProject(), all, SIZES.publishBatch);
  const warmer = added.r1;
  for (const batch of batches(warmup, SIZES.warmupBatch)) {
    await push(hub, warmer ?? lead, pushBody('dev-warm', batch), batch.length);
  }
  log(`hub pid ${hub.pid} on ${hub.url}: ${drafts} drafts published in ${round(publishMs)} ms`);
  return {
    hub,
    storage,
    users: added,
    async stop() {
      await hub.stop();
      await storage.close();
      await database.drop();
    },
  };
}

const user = (prepared: PreparedHub, name: string) => {
  const found = prepared.users[name];
  if (found === undefined) {
    throw new Error(`no user ${name}`);
  }
  return found;
};

async function main() {
  const [distDir, out] = process.argv.slice(2);
  if (distDir === undefined || out === undefined) {
    throw new Error('usage: node --import tsx tests/bench/sync-bench.ts DIST_DIR RESULTS.json');
  }
  const loadBefore = loadavg().map(round);
  const started = performance.now();
  const spread = (i: number) => (i * 7_919) % SIZES.drafts;
  const warmup = await buildEvents({
    reviewerId: 'bench-r1',
    deviceId: 'dev-warm',
    firstSeq: 1,
    count: SIZES.warmupEvents,
    draftOf: spread,
  });
  const pushed = await buildEvents({
    reviewerId: 'bench-r1',
    deviceId: 'dev-push',
    firstSeq: 1,
    count: SIZES.pushEvents,
    draftOf: (i) => i % SIZES.drafts,
  });
  const beforeFill = 1 + SIZES.drafts + SIZES.warmupEvents + SIZES.pushEvents;
  const fill = await buildEvents({
    reviewerId: 'bench-seeder',
    deviceId: 'dev-seed',
    firstSeq: 1,
    count: SIZES.pullRecords - beforeFill,
    draftOf: (i) => (i * 31) % SIZES.drafts,
  });
  log(`built the run's decision events in ${round(performance.now() - started)} ms`);

  const port = await reservePort();
  const corsOrigin = `http://127.0.0.1:${port}`;
  const results: Record<string, unknown> = { sizes: SIZES, engine: 'sqlite', loadBefore };

  if (PARTS.has('push') || PARTS.has('pull') || PARTS.has('review')) {
    Object.assign(results, await transfers(distDir, port, corsOrigin, { warmup, pushed, fill }));
  }
  if (PARTS.has('live')) {
    results.live = await liveThroughApps(distDir, port, corsOrigin);
  }
  results.loadAfter = loadavg().map(round);
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
}

interface RunEvents {
  warmup: DecisionEvent[];
  pushed: DecisionEvent[];
  fill: DecisionEvent[];
}

/**
 * The hub-only push and pull (the hub bench's Node client, on a hub prepared like the hub
 * bench's), the app's push (to a second hub prepared the same way), then the app's pull and the
 * review during a pull, on the first hub once its log is filled to 100k.
 */
async function transfers(
  distDir: string,
  port: number,
  corsOrigin: string,
  { warmup, pushed, fill }: RunEvents,
) {
  const results: Record<string, unknown> = {};
  let started: number;
  const nodeHub = await prepareHub(
    corsOrigin,
    {
      lead: { role: 'lead' },
      r1: { role: 'reviewer', devices: ['dev-warm', 'dev-push'] },
      seeder: { role: 'reviewer', devices: ['dev-seed'] },
      r2: { role: 'reviewer' },
      r3: { role: 'reviewer' },
    },
    SIZES.drafts,
    warmup,
  );
  try {
    const r1 = user(nodeHub, 'r1');
    started = performance.now();
    for (const batch of batches(pushed, SIZES.pushBatch)) {
      await push(nodeHub.hub, r1, pushBody('dev-push', batch), batch.length);
    }
    const nodePushMs = round(performance.now() - started);
    log(`hub only: pushed ${SIZES.pushEvents} events from Node in ${nodePushMs} ms`);

    // The same events through the app, to a second hub prepared the same way.
    if (PARTS.has('push')) {
      results.push = await pushThroughApp(distDir, port, corsOrigin, warmup, pushed, nodePushMs);
    }
    if (PARTS.has('pull') || PARTS.has('review')) {
      started = performance.now();
      await appendEvents(nodeHub.storage, fill);
      const high = await nodeHub.storage.read(readHigh);
      if (high !== SIZES.pullRecords) {
        throw new Error(`the log holds ${high} records, not ${SIZES.pullRecords}`);
      }
      log(`log filled to ${high} records in ${round(performance.now() - started)} ms`);
      started = performance.now();
      const nodePull = await pullAll(nodeHub.hub, r1, SIZES.pullPage, 'dev-push');
      const nodePullMs = round(performance.now() - started);
      log(`hub only: pulled ${nodePull.records} records from Node in ${nodePullMs} ms`);
      const setup = (name: string) => ({
        distDir,
        port,
        hub: nodeHub.hub,
        user: user(nodeHub, name),
      });
      if (PARTS.has('pull')) {
        const app = await browserPull(setup('r2'), high);
        results.pull = { node: { records: nodePull.records, ms: nodePullMs }, app };
      }
      if (PARTS.has('review')) {
        results.review = await measureReviewDuringPull(setup('r3'), high);
      }
    }
  } finally {
    await nodeHub.stop();
  }
  return results;
}

/** The push's 10k events through the app, to a hub prepared like the Node push's. */
async function pushThroughApp(
  distDir: string,
  port: number,
  corsOrigin: string,
  warmup: readonly DecisionEvent[],
  pushed: readonly DecisionEvent[],
  nodePushMs: number,
) {
  const appHub = await prepareHub(
    corsOrigin,
    { lead: { role: 'lead' }, r1: { role: 'reviewer', devices: ['dev-warm'] } },
    SIZES.drafts,
    warmup,
  );
  try {
    const r1 = user(appHub, 'r1');
    const identity = await helloOf(appHub.hub, r1);
    const records = await pullRecords(appHub.hub, r1, 0, 1 + SIZES.drafts);
    const setup = { distDir, port, hub: appHub.hub, user: r1 };
    const app = await browserPush(setup, identity, records, pushed, 'dev-push');
    const after = await helloOf(appHub.hub, r1);
    if (after.high !== identity.high + pushed.length) {
      throw new Error(`the hub holds ${after.high - identity.high} of the app's events`);
    }
    return { node: { events: pushed.length, ms: nodePushMs }, app };
  } finally {
    await appHub.stop();
  }
}

/** Reviewers A and B on a hub of their own (a project of SIZES.liveDrafts drafts). */
async function liveThroughApps(distDir: string, port: number, corsOrigin: string) {
  const liveHub = await prepareHub(
    corsOrigin,
    { lead: { role: 'lead' }, a: { role: 'reviewer' }, b: { role: 'reviewer' } },
    SIZES.liveDrafts,
    [],
  );
  try {
    return await measureLive({
      distDir,
      port,
      hub: liveHub.hub,
      a: user(liveHub, 'a'),
      b: user(liveHub, 'b'),
      decisions: SIZES.liveDecisions,
    });
  } finally {
    await liveHub.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`[bench:sync] failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
