/**
 * `npm run hub` (SYNC.md §8), as a flat list: read the settings, open the database, migrate,
 * build the server, listen, print what it runs with, and on SIGTERM or SIGINT stop taking
 * requests, end the poke streams, let requests in flight finish, close the database.
 */
import type { FastifyInstance } from 'fastify';
import { isLoopback, type HubConfig } from '../config/hub-config';
import { buildHubServer } from '../server/build-server';
import { LATEST_SCHEMA_VERSION } from '../storage/migrations/run-migrations';
import { openMigratedStorage } from '../storage/open-storage';
import { readIdentity } from '../storage/queries/identity';
import type { HubStorage } from '../storage/storage';
import type { CommandIo } from './command-io';

/** How long a shutdown waits for requests in flight before closing anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

export interface RunningHub {
  app: FastifyInstance;
  storage: HubStorage;
  url: string;
  stop(): Promise<void>;
}

export async function serve(config: HubConfig, io: CommandIo): Promise<RunningHub> {
  const { storage, migrations } = await openMigratedStorage(config);
  const { app } = await buildHubServer({
    storage,
    corsOrigins: config.corsOrigins,
    rateLimitPerMinute: config.rateLimitPerMinute,
    trustProxy: config.trustProxy,
    logger: { level: config.logLevel },
  });
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  const identity = await storage.read(readIdentity);

  io.out(`Loupe hub listening on ${url}`);
  io.out(
    `  database:    ${storage.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'} at ${storage.location}`,
  );
  io.out(
    `  schema:      version ${LATEST_SCHEMA_VERSION}` +
      (migrations.applied.length > 0
        ? ` (migrated from ${migrations.from}: ${migrations.applied.map((m) => m.version).join(', ')})`
        : ''),
  );
  io.out(`  hub:         ${identity.hubId}, epoch ${identity.epoch}`);
  io.out(
    `  CORS:        ${config.corsOrigins.length === 0 ? 'no origins (the desktop app needs none)' : config.corsOrigins.join(', ')}`,
  );
  io.out(`  rate limit:  ${config.rateLimitPerMinute} requests per token per minute`);
  io.out(`  proxy:       ${config.trustProxy ? 'trusted (X-Forwarded-For)' : 'not trusted'}`);
  io.out(`  log level:   ${config.logLevel}`);
  if (!isLoopback(config.host)) {
    io.out(
      `  warning:     ${config.host} is reachable from other machines over plain HTTP; put a ` +
        'reverse proxy with TLS in front of it (README, "TLS").',
    );
  }

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      const timer = setTimeout(() => app.server.closeAllConnections(), SHUTDOWN_GRACE_MS);
      timer.unref();
      try {
        await app.close();
      } finally {
        clearTimeout(timer);
        await storage.close();
      }
    })();
    return stopping;
  };
  return { app, storage, url, stop };
}

/** Stops the hub on SIGTERM or SIGINT, then exits (0, or 1 if the shutdown failed). */
export function stopOnSignals(hub: RunningHub, io: CommandIo) {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      io.err(`${signal}: finishing requests in flight, then stopping.`);
      hub.stop().then(
        () => process.exit(0),
        (error: unknown) => {
          io.err(`The shutdown failed: ${(error as Error).message}`);
          process.exit(1);
        },
      );
    });
  }
}
