/**
 * The hub's HTTP server (SYNC.md §8), built but not listening: tests inject requests into it,
 * `hub/commands/serve.ts` listens. Security first (limits, CORS, who may call what), then the
 * routes; every route is validated by schema and answers a 4xx with a reason when refused.
 */
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { MAX_PUSH_BYTES } from '../../shared/sync/limits';
import { ulid } from '../../shared/ids/ulid';
import { registerAdminRoutes } from '../routes/admin';
import { registerAuditRoutes } from '../routes/audit';
import { registerExportRoutes } from '../routes/exports';
import { registerHealthRoutes } from '../routes/health';
import { registerHelloRoutes } from '../routes/hello';
import { registerProjectRoutes } from '../routes/projects';
import { registerSyncRoutes } from '../routes/sync';
import { registerTeamRoutes } from '../routes/team';
import type { HubStorage } from '../storage/storage';
import { setupAccess, type RegisteredRoute } from './access';
import type { HubContext } from './context';
import { hubErrorHandler, notFoundHandler } from './error-handler';
import { setupJsonBody } from './json-body';
import { createPokeStreams } from './poke-streams';
import { zodValidatorCompiler } from './schema-validation';

export interface HubServerOptions {
  storage: HubStorage;
  /** Origins a browser may call the hub from (the web build of the app); none by default. */
  corsOrigins?: readonly string[];
  /** Requests per token per minute (default 1200). */
  rateLimitPerMinute?: number;
  /** Behind a reverse proxy: take the client's address from X-Forwarded-For. */
  trustProxy?: boolean;
  /** Fastify's logger options (pino); false for none. */
  logger?: FastifyServerOptions['logger'];
  now?: () => Date;
  newId?: () => string;
}

export interface HubServer {
  app: FastifyInstance;
  /** Every route with the roles that may use it (tests/hub/routes/access.test.ts walks them). */
  routes: readonly RegisteredRoute[];
}

/** Fields of a request the log shows: no headers (the token), no body (the drafts' text). */
const requestLogFields = (request: { method: string; url: string; ip?: string; id?: string }) => ({
  method: request.method,
  url: request.url,
  ip: request.ip,
  id: request.id,
});

export async function buildHubServer(options: HubServerOptions): Promise<HubServer> {
  const app = Fastify({
    logger:
      options.logger === undefined || options.logger === false
        ? false
        : typeof options.logger === 'object'
          ? {
              ...options.logger,
              redact: { paths: ['req.headers.authorization'], censor: '[redacted]' },
              serializers: { req: requestLogFields },
            }
          : options.logger,
    bodyLimit: MAX_PUSH_BYTES,
    trustProxy: options.trustProxy ?? false,
    genReqId: () => ulid(),
    // SSE streams are long requests: close() must not wait on them (poke-streams ends them).
    forceCloseConnections: 'idle',
    return503OnClosing: true,
  });
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setErrorHandler(hubErrorHandler);
  app.setNotFoundHandler(notFoundHandler);
  setupJsonBody(app);

  const pokes = createPokeStreams(options.storage);
  app.addHook('preClose', (done) => {
    pokes.closeAll();
    done();
  });
  const context: HubContext = {
    storage: options.storage,
    pokes,
    now: options.now ?? (() => new Date()),
    newId: options.newId ?? ulid,
  };

  if ((options.corsOrigins ?? []).length > 0) {
    await app.register(cors, {
      origin: [...(options.corsOrigins ?? [])],
      methods: ['GET', 'POST', 'PUT'],
      allowedHeaders: ['authorization', 'content-type'],
      maxAge: 600,
    });
  }
  const routes = setupAccess(app, options.storage);
  await app.register(rateLimit, {
    // After authentication, so the limit is per token, not per address behind one proxy.
    hook: 'preHandler',
    max: options.rateLimitPerMinute ?? 1_200,
    timeWindow: 60_000,
    keyGenerator: (request) => request.caller?.tokenId ?? request.ip,
    errorResponseBuilder: (_request, context_) => ({
      statusCode: 429,
      error: 'rate_limited',
      message: `Too many requests for this token: at most ${context_.max} a minute. Retry in ${context_.after}.`,
    }),
  });

  registerHealthRoutes(app, context);
  registerHelloRoutes(app, context);
  registerSyncRoutes(app, context);
  registerProjectRoutes(app, context);
  registerAdminRoutes(app, context);
  registerExportRoutes(app, context);
  registerAuditRoutes(app, context);
  registerTeamRoutes(app, context);
  await app.ready();
  return { app, routes };
}
