/**
 * The sync bench's browser side: the built renderer served on 127.0.0.1 by the e2e tier's static
 * server (the app's CSP, with the one hub the page may call in `connect-src`), headless Chromium
 * on fresh on-disk profiles (IndexedDB on disk, as for a reviewer), a profile connected to a hub
 * the way the Team hub screen leaves it, and the peak memory of Chromium's processes.
 */
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, resolveChromiumPath } from '../e2e/support/chromium';
import { parseHubOrigin } from '../e2e/support/hub-origin';
import { startStaticServer, type StaticServer } from '../e2e/support/static-server';
import type { BenchUser } from './hub-bench-client';
import { sessionRows } from './sync-bench-seed';
import {
  keepResourceTimings,
  putRows,
  storeHubConnection,
  type StoreRows,
} from './sync-bench-page';

/**
 * tsx compiles this process with esbuild's keepNames, which wraps inner functions in
 * `__name(fn, "name")`; functions serialised into the page carry those calls, so the page gets
 * a `__name` that leaves them as they are.
 */
const NAME_SHIM = 'globalThis.__name = (fn) => fn;';

/** A free port on 127.0.0.1 for the pages' origin (the hubs are started with it as CORS origin). */
export async function reservePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (address === null || typeof address === 'string') {
    throw new Error('no port');
  }
  return address.port;
}

/** Serves `distDir` on `port` with the browser build's CSP naming `hubUrl`'s origin. */
export function servePages(distDir: string, port: number, hubUrl: string): Promise<StaticServer> {
  return startStaticServer(distDir, port, { hubOrigin: parseHubOrigin(hubUrl) });
}

export interface Profile {
  context: BrowserContext;
  page: Page;
  browser: Browser;
  close(): Promise<void>;
}

/** Headless Chromium on a fresh profile directory; page errors and CSP reports are printed. */
export async function openProfile(origin: string, label: string): Promise<Profile> {
  const dir = await mkdtemp(join(tmpdir(), 'loupe-sync-bench-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: resolveChromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS],
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    baseURL: origin,
  });
  await context.addInitScript(NAME_SHIM);
  await context.addInitScript(keepResourceTimings);
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (error) =>
    console.error(`[bench:sync] ${label}: page error: ${error.message}`),
  );
  page.on('console', (message) => {
    if (message.type() === 'error') {
      console.error(`[bench:sync] ${label}: console: ${message.text().slice(0, 300)}`);
    }
  });
  const browser = context.browser();
  if (browser === null) {
    throw new Error('the persistent context has no browser to ask for its processes');
  }
  return {
    context,
    page,
    browser,
    async close() {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Leaves the profile as connecting to the hub leaves it: the address and token in localStorage
 * (the browser bridge's keys), the hub user as the profile and the session in `meta` — after
 * `rows`, written in order. The app starts sync with its next load.
 */
export async function writeConnection(
  page: Page,
  hubUrl: string,
  user: BenchUser,
  rows: readonly StoreRows[] = [],
) {
  for (const batch of rows) {
    await page.evaluate(putRows, batch);
  }
  await page.evaluate(putRows, { meta: sessionRows(hubUrl, user) });
  await page.evaluate(storeHubConnection, { url: hubUrl, token: user.token });
}

/**
 * Loads the app once in a fresh profile (it creates its database), then writes the connection
 * (writeConnection); the caller reloads when its clock is ready.
 */
export async function connectProfile(
  page: Page,
  hubUrl: string,
  user: BenchUser,
  rows: readonly StoreRows[] = [],
) {
  await page.goto('/');
  await page.getByTestId('onboarding').waitFor();
  await writeConnection(page, hubUrl, user, rows);
}

const kilobytes = (status: string, field: string) => {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match?.[1] === undefined ? null : Number(match[1]);
};
const mib = (kb: number | null | undefined) =>
  kb === null || kb === undefined ? null : Math.round(kb / 102.4) / 10;

async function vm(pid: number) {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    return { rss: kilobytes(status, 'VmRSS'), peak: kilobytes(status, 'VmHWM') };
  } catch {
    return null;
  }
}

/**
 * Starts a window on the peak resident size (VmHWM, reset by writing 5 to clear_refs) of the
 * browser's renderers and its browser process; `finish()` gives the biggest renderer's peak
 * (the page) and the browser process's, each beside its size at the start, in MiB — null where
 * /proc cannot be read or reset (not Linux).
 */
export async function startPeakWindow(browser: Browser) {
  const session = await browser.newBrowserCDPSession();
  const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; id: number }[];
  };
  await session.detach();
  const renderers = processInfo.filter((info) => info.type === 'renderer').map((info) => info.id);
  const main = processInfo.find((info) => info.type === 'browser')?.id;
  const pids = [...renderers, ...(main === undefined ? [] : [main])];
  const before = new Map<number, number | null>();
  let resettable = true;
  for (const pid of pids) {
    before.set(pid, (await vm(pid))?.rss ?? null);
    await writeFile(`/proc/${pid}/clear_refs`, '5').catch(() => {
      resettable = false;
    });
  }
  return async () => {
    const peaks = new Map<number, number | null>();
    for (const pid of pids) {
      peaks.set(pid, (await vm(pid))?.peak ?? null);
    }
    const page = [...renderers].sort((a, b) => (peaks.get(b) ?? 0) - (peaks.get(a) ?? 0))[0];
    const figure = (pid: number | undefined) =>
      pid === undefined || !resettable
        ? { peakMb: null, atStartMb: null }
        : { peakMb: mib(peaks.get(pid)), atStartMb: mib(before.get(pid)) };
    return { renderer: figure(page), browser: figure(main) };
  };
}
