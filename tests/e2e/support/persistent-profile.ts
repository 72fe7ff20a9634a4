/**
 * A Chromium profile on a directory the test owns, so it can be killed with SIGKILL (a crash, not
 * a clean shutdown) and launched again on the same directory. The browser process is found by
 * its unique `--user-data-dir` argument: a persistent context has no `browser()` to ask.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROMIUM_ARGS, resolveChromiumPath } from './chromium';
import type { ProfileOptions } from './chromium';
import { watchPageHealth } from './page-health';

const run = promisify(execFile);

export interface RunningProfile {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors, uncaught exceptions and CSP violations seen in this run. */
  readonly problems: string[];
  /** SIGKILLs the browser process and waits until no process of this profile is left. */
  crash(): Promise<void>;
  /** Closes the browser normally (idempotent; harmless after `crash`). */
  close(): Promise<void>;
}

export async function makeProfileDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'loupe-e2e-crash-'));
}

export async function removeProfileDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** Process ids whose command line names `--user-data-dir=<dir>`; the browser process first. */
export async function profileProcesses(dir: string): Promise<{ pid: number; browser: boolean }[]> {
  const { stdout } = await run('ps', ['-eo', 'pid=,args=']);
  const flag = `--user-data-dir=${dir}`;
  return stdout
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.split(/\s+/).includes(flag))
    .map((line) => ({
      pid: Number(line.split(/\s+/)[0]),
      browser: !line.includes(' --type='),
    }))
    .sort((a, b) => Number(b.browser) - Number(a.browser));
}

async function waitUntilGone(dir: string, timeoutMs: number): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  let left = await profileProcesses(dir);
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 50));
    left = await profileProcesses(dir);
  }
  return left.map((entry) => entry.pid);
}

/** Launches headless Chromium on `dir` (created by the caller, kept after close). */
export async function launchProfileAt(
  dir: string,
  options: ProfileOptions,
): Promise<RunningProfile> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: resolveChromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS],
    locale: options.locale,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 800 },
  });
  let closed = false;
  try {
    const problems = await watchPageHealth(context);
    const page = context.pages()[0] ?? (await context.newPage());
    return {
      context,
      page,
      problems,
      async crash() {
        const browser = (await profileProcesses(dir)).find((entry) => entry.browser);
        if (browser === undefined) {
          throw new Error(`No Chromium browser process found for ${dir}.`);
        }
        process.kill(browser.pid, 'SIGKILL');
        closed = true;
        // Renderers and helpers exit once their browser is gone; any straggler still gets the
        // same signal, one known pid at a time, so the next launch starts on a quiet profile.
        for (const pid of await waitUntilGone(dir, 10_000)) {
          process.kill(pid, 'SIGKILL');
        }
        const stragglers = await waitUntilGone(dir, 5_000);
        if (stragglers.length > 0) {
          throw new Error(`Chromium processes ${stragglers.join(', ')} outlived SIGKILL.`);
        }
        await context.close().catch(() => undefined);
      },
      async close() {
        if (!closed) {
          closed = true;
          await context.close();
        }
      },
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}
