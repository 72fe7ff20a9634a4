/**
 * The settings a hub and its admin commands run with (SYNC.md §8), from flags, then environment
 * variables, then defaults. Both find the database the same way: `DATABASE_URL` for
 * PostgreSQL, else the SQLite data folder (`--data`, `LOUPE_HUB_DATA`, `./hub-data`).
 */
import { resolve } from 'node:path';
import { redactDatabaseUrl } from '../storage/postgres/postgres-storage';

export interface HubConfig {
  host: string;
  port: number;
  /** The SQLite data folder (used when `databaseUrl` is null). */
  dataDir: string;
  /** A postgres:// URL, or null for the embedded SQLite database. */
  databaseUrl: string | null;
  /** Origins a browser may call the hub from; empty: no CORS headers at all. */
  corsOrigins: string[];
  rateLimitPerMinute: number;
  trustProxy: boolean;
  logLevel: string;
}

export interface HubFlags {
  data?: string;
  host?: string;
  port?: string;
  corsOrigin?: string[];
  rateLimit?: string;
  trustProxy?: boolean;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function wholeNumber(text: string, what: string, min: number, max: number): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < min || Number(text) > max) {
    throw new ConfigError(`${what} must be a whole number from ${min} to ${max} (got "${text}").`);
  }
  return Number(text);
}

/** An origin exactly as browsers send it: scheme, host and port, no path. */
function checkedOrigin(text: string): string {
  const value = text.trim();
  if (value === '*') {
    throw new ConfigError(
      'A CORS origin of "*" would let any web page use a reviewer\'s token: name the origins.',
    );
  }
  let origin: string;
  try {
    origin = new URL(value).origin;
  } catch {
    throw new ConfigError(`"${value}" is not an origin (like https://loupe.example.com).`);
  }
  if (origin !== value.replace(/\/$/, '') || !/^https?:$/.test(new URL(value).protocol)) {
    throw new ConfigError(
      `"${value}" is not an origin: give scheme, host and port only (like ${origin}).`,
    );
  }
  return origin;
}

export function resolveHubConfig(
  flags: HubFlags,
  env: Readonly<Record<string, string | undefined>>,
): HubConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError(
      `DATABASE_URL must be a postgres:// or postgresql:// URL (got ${redactDatabaseUrl(databaseUrl)}).`,
    );
  }
  const origins = [
    ...(flags.corsOrigin ?? []),
    ...(flags.corsOrigin === undefined ? (env.LOUPE_HUB_CORS_ORIGINS ?? '').split(',') : []),
  ]
    .flatMap((value) => value.split(','))
    .filter((value) => value.trim() !== '');
  const logLevel = env.LOUPE_HUB_LOG_LEVEL?.trim() || 'info';
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOUPE_HUB_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}.`);
  }
  const host = (flags.host ?? env.LOUPE_HUB_HOST ?? '127.0.0.1').trim();
  if (host === '') {
    throw new ConfigError('The host is empty.');
  }
  return {
    host,
    port: wholeNumber(flags.port ?? env.LOUPE_HUB_PORT ?? '8787', 'The port', 0, 65_535),
    dataDir: resolve(flags.data ?? env.LOUPE_HUB_DATA ?? 'hub-data'),
    databaseUrl,
    corsOrigins: [...new Set(origins.map(checkedOrigin))],
    rateLimitPerMinute: wholeNumber(
      flags.rateLimit ?? env.LOUPE_HUB_RATE_LIMIT ?? '1200',
      'The rate limit (requests per token per minute)',
      1,
      1_000_000,
    ),
    trustProxy: flags.trustProxy ?? ['1', 'true', 'yes'].includes(env.LOUPE_HUB_TRUST_PROXY ?? ''),
    logLevel,
  };
}

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}
