/**
 * The hub's export figures for `npm run bench` (issue 13 point 9; DESIGN.md: export 100k
 * labelled records, JSON Lines ≤ 5 s, Parquet ≤ 10 s, memory flat — here "the same from the hub
 * API"). Run by export-bench.mjs as `node --import tsx tests/bench/export-hub-bench.ts OUT.json`;
 * writes its figures there.
 *
 * Per engine (SQLite always; PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL names a
 * cluster), on a fresh database, with the hub as its own process (hub-bench-hub.ts):
 *
 * 1. 100,000 ~1 KB drafts (mixed Traditional Chinese and English) and one decision each (60%
 *    approve, 30% edit, 10% escalate) written through the hub's own publish and append code,
 *    straight into storage (export-hub-bench-seed.ts);
 * 2. a warm-up: each format once for the last 2,000 decided drafts (`after`), so the timings
 *    are not the JIT's;
 * 3. `GET /v1/exports/loupe` and `GET /v1/exports/parquet` as an evaluator, the body streamed
 *    to its end over loopback and counted (lines for JSON Lines, the footer's row count for
 *    Parquet), the hub's peak RSS over each (VmHWM, reset before);
 * 4. the baseline: the same 200,000 log records (each draft and its decision) pulled by the
 *    same evaluator with `GET /v1/sync/pull`, 1,000 a page — the same hub process, rows and
 *    transport, so what the export adds beyond it is its own work (ordering the drafts, joining
 *    each to its decisions, building records with edit metrics, encoding); and, as the floor,
 *    one raw SELECT of the drafts joined to their decision rows with the plain driver.
 *
 * After the seed, PostgreSQL's tables are vacuumed and analysed (settleAfterSeed), as
 * autovacuum leaves a running hub's.
 *
 * LOUPE_BENCH_EXPORT_ENGINES=sqlite or =postgres measures one engine only (for profiling, with
 * LOUPE_BENCH_HUB_CPU_PROF=DIR).
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parquetMetadata } from 'hyparquet';
import { EXPORT_SEQ_HEADER } from '../../hub/routes/exports';
import { runMigrations } from '../../hub/storage/migrations/run-migrations';
import { readHigh } from '../../hub/storage/queries/identity';
import type { DecisionEvent } from '../../shared/domain/decision-event';
import { MAX_PULL_LIMIT } from '../../shared/sync/limits';
import { addUser, call, pullAll, type BenchUser, type HubAt } from './hub-bench-client';
import {
  buildExportEvents,
  deviceIdAt,
  kindAt,
  rawExportSelect,
  reviewerIdAt,
  REVIEWERS,
  seedLabelledSet,
} from './export-hub-bench-seed';
import {
  freshDatabase,
  settleAfterSeed,
  startHub,
  startPeakWindow,
  type EngineName,
  type HubProcess,
} from './hub-bench-hub';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DRAFTS = Number(process.env.LOUPE_BENCH_EXPORT_RECORDS ?? 100_000);
const WARM_UP_DRAFTS = Math.min(2_000, DRAFTS);
/** Bytes of a Parquet file's end kept to read its footer (the row count) after the download. */
const TAIL_BYTES = 8 * 2 ** 20;

const log = (line: string) => console.log(`[bench:export-hub] ${line}`);
const round = (value: number) => Math.round(value * 10) / 10;

/** Drafts every format exports by default: the approved and the edited (escalations are not gold). */
const goldCount = (drafts: number) =>
  Array.from({ length: drafts }, (_, n) => kindAt(n)).filter((kind) => kind !== 'escalate').length;

function countNewlines(chunk: Uint8Array): number {
  let count = 0;
  for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) {
    count += 1;
  }
  return count;
}

/**
 * Downloads `path` as `user` to its end, as a client saving the file would, without keeping
 * it: counts bytes and newlines, keeps the first line and (when asked) the last bytes.
 */
async function download(hub: HubAt, user: BenchUser, path: string, keepTail: boolean) {
  const started = performance.now();
  const response = await fetch(`${hub.url}${path}`, {
    headers: { authorization: `Bearer ${user.token}` },
  });
  const headersMs = performance.now() - started;
  if (response.status !== 200 || response.body === null) {
    throw new Error(
      `${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`,
    );
  }
  let bytes = 0;
  let lines = 0;
  const head: Uint8Array[] = [];
  const tail: Uint8Array[] = [];
  let tailBytes = 0;
  const reader = response.body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    const chunk = read.value;
    bytes += chunk.byteLength;
    const linesBefore = lines;
    lines += countNewlines(chunk);
    if (linesBefore === 0) {
      head.push(chunk); // until the first line is whole
    }
    if (keepTail) {
      tail.push(chunk);
      tailBytes += chunk.byteLength;
      while (tail.length > 1 && tailBytes - (tail[0]?.byteLength ?? 0) >= TAIL_BYTES) {
        tailBytes -= tail.shift()?.byteLength ?? 0;
      }
    }
  }
  return {
    ms: performance.now() - started,
    headersMs,
    bytes,
    lines,
    seq: Number(response.headers.get(EXPORT_SEQ_HEADER)),
    firstLine: Buffer.concat(head).toString('utf8').split('\n', 1)[0] ?? '',
    tail: keepTail ? Buffer.concat(tail) : null,
  };
}

/** One timed download with the hub's peak RSS over it. */
async function timedExport(hub: HubProcess, user: BenchUser, format: 'loupe' | 'parquet') {
  const memory = startPeakWindow(hub.pid);
  const got = await download(hub, user, `/v1/exports/${format}`, format === 'parquet');
  const peak = memory();
  return { got, peakMb: peak.peakMb, rssBeforeMb: peak.atStartMb };
}

/** Checks what a caller would: every gold record came, whole, and nothing else. */
function checkDownloads(
  gold: number,
  loupe: Awaited<ReturnType<typeof download>>,
  parquet: Awaited<ReturnType<typeof download>>,
) {
  if (loupe.lines !== gold) {
    throw new Error(`the loupe export held ${loupe.lines} lines, expected ${gold}`);
  }
  const first = JSON.parse(loupe.firstLine) as { id?: unknown; decision?: unknown };
  if (first.id !== 'bench-d-000000' || first.decision !== 'approved') {
    throw new Error(`the loupe export began with ${loupe.firstLine.slice(0, 200)}`);
  }
  if (parquet.tail === null) {
    throw new Error('no Parquet bytes were kept');
  }
  const rows = Number(parquetMetadata(parquet.tail).num_rows);
  if (rows !== gold) {
    throw new Error(`the Parquet export held ${rows} rows, expected ${gold}`);
  }
  return rows;
}

async function benchEngine(
  engine: EngineName,
  adminUrl: string | null,
  events: readonly DecisionEvent[],
) {
  const loadBefore = loadavg().map(round);
  const database = await freshDatabase(engine, adminUrl);
  const storage = database.open();
  let hub: HubProcess | null = null;
  try {
    await runMigrations(storage);
    const lead = await addUser(storage, 'lead', 'lead');
    for (let k = 0; k < REVIEWERS; k += 1) {
      await addUser(storage, reviewerIdAt(k).slice('bench-'.length), 'reviewer', [deviceIdAt(k)]);
    }
    const evaluator = await addUser(storage, 'evaluator', 'evaluator');
    let started = performance.now();
    await seedLabelledSet(storage, lead.id, DRAFTS, events);
    const seedMs = performance.now() - started;
    await settleAfterSeed(database); // PostgreSQL: VACUUM (ANALYZE), autovacuum's job
    const high = await storage.read(readHigh);
    log(`${engine}: seeded ${DRAFTS} drafts and ${events.length} decisions in ${round(seedMs)} ms`);

    hub = await startHub(ROOT, database);
    log(`${engine}: hub pid ${hub.pid} on ${hub.url}`);
    for (const format of ['loupe', 'parquet']) {
      await download(hub, evaluator, `/v1/exports/${format}?after=${high - WARM_UP_DRAFTS}`, false);
    }
    await call(hub, evaluator, 'GET', '/v1/sync/pull?after=0&limit=10&deviceId=dev-bench-pull');

    const gold = goldCount(DRAFTS);
    const loupe = await timedExport(hub, evaluator, 'loupe');
    log(
      `${engine}: loupe ${loupe.got.lines} lines, ${round(loupe.got.bytes / 2 ** 20)} MiB in ` +
        `${round(loupe.got.ms)} ms (headers after ${round(loupe.got.headersMs)} ms); hub peak ` +
        `RSS ${loupe.peakMb} MiB (${loupe.rssBeforeMb} before)`,
    );
    const parquet = await timedExport(hub, evaluator, 'parquet');
    log(
      `${engine}: Parquet ${round(parquet.got.bytes / 2 ** 20)} MiB in ${round(parquet.got.ms)} ` +
        `ms (headers after ${round(parquet.got.headersMs)} ms); hub peak RSS ${parquet.peakMb} ` +
        `MiB (${parquet.rssBeforeMb} before)`,
    );
    const parquetRows = checkDownloads(gold, loupe.got, parquet.got);
    if (loupe.got.seq !== high || parquet.got.seq !== high) {
      throw new Error(`the exports reflect seq ${loupe.got.seq} / ${parquet.got.seq}, not ${high}`);
    }

    const memory = startPeakWindow(hub.pid);
    started = performance.now();
    const pulled = await pullAll(hub, evaluator, MAX_PULL_LIMIT, 'dev-bench-pull');
    const pullMs = performance.now() - started;
    const pullMemory = memory();
    if (pulled.records !== high) {
      throw new Error(`pulled ${pulled.records} records of ${high}`);
    }
    log(
      `${engine}: pulled ${pulled.records} records (${round(pulled.bytes / 2 ** 20)} MiB, ` +
        `${pulled.pages} pages) in ${round(pullMs)} ms; hub peak RSS ${pullMemory.peakMb} MiB`,
    );
    const raw = await rawExportSelect(database);
    log(`${engine}: raw SELECT of ${raw.rows} rows in ${round(raw.ms)} ms`);

    const figuresOf = ({ tail: _tail, firstLine: _first, ...figures }: typeof loupe.got) => ({
      ...figures,
      ms: round(figures.ms),
      headersMs: round(figures.headersMs),
    });
    return {
      engine,
      drafts: DRAFTS,
      decisions: events.length,
      gold,
      seq: high,
      seedMs: round(seedMs),
      loupe: { ...figuresOf(loupe.got), peakMb: loupe.peakMb, rssBeforeMb: loupe.rssBeforeMb },
      parquet: {
        ...figuresOf(parquet.got),
        rows: parquetRows,
        peakMb: parquet.peakMb,
        rssBeforeMb: parquet.rssBeforeMb,
      },
      pull: {
        records: pulled.records,
        pages: pulled.pages,
        bytes: pulled.bytes,
        ms: round(pullMs),
        peakMb: pullMemory.peakMb,
        rssBeforeMb: pullMemory.atStartMb,
      },
      rawSelect: { ...raw, ms: round(raw.ms) },
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
    throw new Error('usage: node --import tsx tests/bench/export-hub-bench.ts OUT.json');
  }
  const adminUrl =
    process.env.BENCH_DATABASE_URL?.trim() || process.env.TEST_DATABASE_URL?.trim() || null;
  let started = performance.now();
  const events = await buildExportEvents(DRAFTS);
  log(`built ${events.length} decision events in ${round(performance.now() - started)} ms`);
  const engines: Record<string, unknown> = {};
  const available: EngineName[] = adminUrl === null ? ['sqlite'] : ['sqlite', 'postgres'];
  // LOUPE_BENCH_EXPORT_ENGINES=postgres (or sqlite) measures one engine, to profile it.
  const chosen = process.env.LOUPE_BENCH_EXPORT_ENGINES?.split(',').map((name) => name.trim());
  const names = available.filter((name) => chosen === undefined || chosen.includes(name));
  for (const engine of names) {
    started = performance.now();
    engines[engine] = await benchEngine(engine, adminUrl, events);
    log(`${engine}: measured in ${Math.round((performance.now() - started) / 1000)} s`);
  }
  writeFileSync(
    out,
    `${JSON.stringify(
      {
        records: DRAFTS,
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
  console.error(
    `[bench:export-hub] failed: ${error instanceof Error ? error.stack : String(error)}`,
  );
  process.exit(1);
});
