/**
 * Debian's Chromium driven by playwright-core (TOOLCHAIN.md: never `playwright install`; the
 * network here is closed, so the background-networking flags keep Chromium from flooding it).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `LOUPE_CHROMIUM` if set, else the first Chromium found on the usual Debian/Ubuntu paths. */
export function resolveChromiumPath(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string {
  const configured = env.LOUPE_CHROMIUM;
  if (configured !== undefined && configured !== '') {
    if (!exists(configured)) {
      throw new Error(`LOUPE_CHROMIUM points to ${configured}, which does not exist.`);
    }
    return configured;
  }
  const found = CANDIDATES.find((path) => exists(path));
  if (found === undefined) {
    throw new Error(
      `No Chromium found (looked at ${CANDIDATES.join(', ')}). Install it ` +
        '(`apt-get install -y chromium`) or set LOUPE_CHROMIUM to its executable.',
    );
  }
  return found;
}

export interface ProfileOptions {
  locale: string;
  colorScheme?: 'light' | 'dark';
}

export interface ChromiumProfile {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Launches headless Chromium on a fresh on-disk profile. A persistent profile (not an incognito
 * context) so IndexedDB is written to disk as it is for a reviewer, and reload tests prove it.
 */
export async function launchFreshProfile(options: ProfileOptions): Promise<ChromiumProfile> {
  const profileDir = await mkdtemp(join(tmpdir(), 'loupe-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: resolveChromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS],
    locale: options.locale,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 800 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}
