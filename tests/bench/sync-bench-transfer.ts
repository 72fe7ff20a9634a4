/**
 * The sync bench's push and pull through the real client engine (issue 11, point 8): the app,
 * built and served, in headless Chromium on a fresh profile connected to a hub process.
 * - push: the profile holds the hub's project and drafts and 10,000 of this device's decisions
 *   waiting in the outbox; the app is loaded and the page's own clock runs until the last one's
 *   outbox row is `acked` (read by key every 50 ms from the page; then every row is checked);
 * - pull: an empty profile, connected; the app is loaded and the clock runs until the cursor
 *   (meta 'hubCursor') reaches the hub's `high`, with the page's peak memory over it.
 * Both are timed from the engine's first hub request (resource timing) and from navigation.
 */
import type { DecisionEvent } from '../../shared/domain/decision-event';
import type { LogRecord } from '../../shared/sync/hub-records';
import type { BenchUser, HubAt } from './hub-bench-client';
import { connectProfile, openProfile, servePages, startPeakWindow } from './sync-bench-browser';
import { countOutbox, hubRequests, pollUntil } from './sync-bench-page';
import { startCpuProfile } from './sync-bench-profile';
import { pushProfileBatches, type HubIdentityOf } from './sync-bench-seed';

const round = (value: number) => Math.round(value * 10) / 10;
const log = (line: string) => console.log(`[bench:sync] ${line}`);

export interface PageSetup {
  distDir: string;
  port: number;
  hub: HubAt;
  user: BenchUser;
}

type Requests = ReturnType<typeof hubRequests>;

/** Where the engine's time went: its hub requests of one kind against the whole span. */
function requestSummary(requests: Requests, path: string, end: number) {
  const first = requests.reduce((min, request) => Math.min(min, request.start), Infinity);
  const ofKind = requests.filter((request) => request.path === path);
  const inFlightMs = ofKind.reduce((sum, request) => sum + (request.end - request.start), 0);
  const firstOfKind = ofKind[0]?.start ?? Number.NaN;
  return {
    engineStartAt: round(first),
    fromEngineStartMs: round(end - first),
    firstRequestAt: round(firstOfKind),
    requests: ofKind.length,
    inFlightMs: round(inFlightMs),
    /** The rest of the span from the first such request: the client's own work (and waits). */
    clientMs: round(end - firstOfKind - inFlightMs),
  };
}

/** Pushes `events` (this profile's outbox) through the app; see the module comment. */
export async function browserPush(
  setup: PageSetup,
  identity: HubIdentityOf,
  records: readonly LogRecord[],
  events: readonly DecisionEvent[],
  deviceId: string,
) {
  const server = await servePages(setup.distDir, setup.port, setup.hub.url);
  const profile = await openProfile(server.origin, 'push');
  try {
    const rows = pushProfileBatches(identity, records, events, deviceId, 1_000);
    let started = performance.now();
    await connectProfile(profile.page, setup.hub.url, setup.user, rows);
    log(
      `push: seeded the profile (${records.length} hub records, ${events.length} pending ` +
        `decisions) in ${round(performance.now() - started)} ms`,
    );
    started = performance.now();
    const cpu = await startCpuProfile(profile.page, 'push', true);
    await profile.page.reload({ waitUntil: 'commit' });
    const done = await profile.page.evaluate(pollUntil, {
      what: 'acked' as const,
      target: events.length,
      lastEventId: events[events.length - 1]?.eventId ?? '',
      pollMs: 50,
      timeoutMs: 600_000,
    });
    await cpu();
    const acked = await profile.page.evaluate(countOutbox, 'acked');
    if (acked !== events.length) {
      throw new Error(`${acked} of ${events.length} outbox rows are acked`);
    }
    const requests = await profile.page.evaluate(hubRequests, new URL(setup.hub.url).origin);
    const summary = requestSummary(requests, '/v1/sync/push', done.at);
    log(
      `push: ${events.length} acked ${round(done.at)} ms after navigation, ` +
        `${summary.fromEngineStartMs} ms after the engine's first request ` +
        `(${summary.requests} pushes, ${summary.inFlightMs} ms in flight); ` +
        `wall ${round(performance.now() - started)} ms`,
    );
    return { events: events.length, fromNavigationMs: round(done.at), ...summary };
  } finally {
    await profile.close();
    await server.close();
  }
}

/** Pulls the hub's whole log (`high` records) into an empty profile; see the module comment. */
export async function browserPull(setup: PageSetup, high: number) {
  const server = await servePages(setup.distDir, setup.port, setup.hub.url);
  const profile = await openProfile(server.origin, 'pull');
  try {
    await connectProfile(profile.page, setup.hub.url, setup.user);
    const memory = await startPeakWindow(profile.browser);
    const cpu = await startCpuProfile(profile.page, 'pull', false);
    await profile.page.reload({ waitUntil: 'commit' });
    const done = await profile.page.evaluate(pollUntil, {
      what: 'cursor' as const,
      target: high,
      pollMs: 100,
      timeoutMs: 1_200_000,
    });
    await cpu();
    const peak = await memory();
    const requests = await profile.page.evaluate(hubRequests, new URL(setup.hub.url).origin);
    const summary = requestSummary(requests, '/v1/sync/pull', done.at);
    const rowsPerSecond = Math.round((high * 1000) / summary.fromEngineStartMs);
    // Records applied per second over each tenth of the pull: does it slow as the store grows?
    const tenths: number[] = [];
    const trace = done.progress;
    for (let k = 1; k <= 10; k += 1) {
      const from = trace[Math.floor(((k - 1) * (trace.length - 1)) / 10)];
      const to = trace[Math.floor((k * (trace.length - 1)) / 10)];
      if (from !== undefined && to !== undefined && to.at > from.at) {
        tenths.push(Math.round(((to.value - from.value) * 1000) / (to.at - from.at)));
      }
    }
    log(
      `pull: cursor at ${high} ${round(done.at)} ms after navigation, ` +
        `${summary.fromEngineStartMs} ms after the engine's first request (${rowsPerSecond} ` +
        `records/s; ${summary.requests} pages, ${summary.inFlightMs} ms in flight, ` +
        `${summary.clientMs} ms between them); records/s by tenth of the time: ${tenths.join(', ')}; ` +
        `page peak ${peak.renderer.peakMb} MiB (${peak.renderer.atStartMb} before), ` +
        `browser process ${peak.browser.peakMb} MiB (${peak.browser.atStartMb} before)`,
    );
    return {
      records: high,
      fromNavigationMs: round(done.at),
      ...summary,
      rowsPerSecond,
      rowsPerSecondByTenth: tenths,
      memory: peak,
    };
  } finally {
    await profile.close();
    await server.close();
  }
}
