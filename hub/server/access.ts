/**
 * Who may call what (SYNC.md §8): every route but `/healthz` needs a token, and every route
 * names the roles that may use it in its config. A route that names none fails at start-up,
 * so a new route can never be open by omission. Runs on `onRequest`, before the body is read.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { HubRole } from '../../shared/sync/roles';
import { authenticate, type HubCaller } from '../auth/authenticate';
import type { HubStorage } from '../storage/storage';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Roles that may use the route; required unless `public`. */
    roles?: readonly HubRole[];
    /** Needs no token (only `/healthz`). */
    public?: boolean;
  }
  interface FastifyRequest {
    /** The token's user, set for every route that is not public. */
    caller?: HubCaller;
    /** Size of the body as received, in bytes (json-body.ts). */
    bodyBytes?: number;
  }
}

/** The caller of a route that is not public (access.ts guarantees one). */
export function callerOf(request: FastifyRequest): HubCaller {
  if (request.caller === undefined) {
    throw new Error('no caller on a route that needs one');
  }
  return request.caller;
}

/** Every route the server registered, with its roles: the access test walks them all. */
export interface RegisteredRoute {
  method: string;
  url: string;
  roles: readonly HubRole[] | 'public';
}

export function setupAccess(app: FastifyInstance, storage: HubStorage): RegisteredRoute[] {
  const routes: RegisteredRoute[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (methods.every((method) => method === 'OPTIONS' || method === 'HEAD')) {
      return; // CORS preflight and Fastify's automatic HEAD routes: no data, no token
    }
    const config = route.config;
    if (config?.public !== true && (config?.roles === undefined || config.roles.length === 0)) {
      throw new Error(`route ${methods.join(',')} ${route.url} names no roles`);
    }
    for (const method of methods) {
      routes.push({
        method,
        url: route.url,
        roles: config?.public === true ? 'public' : (config?.roles ?? []),
      });
    }
  });

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const config = request.routeOptions.config;
    if (request.method === 'OPTIONS' || config.public === true || request.is404) {
      return;
    }
    const result = await authenticate(storage, request.headers.authorization);
    if (!result.ok) {
      reply.header('www-authenticate', 'Bearer realm="loupe-hub"');
      return reply.code(401).send({
        error: 'unauthorized',
        message:
          result.reason === 'missing'
            ? 'This route needs a token: send "Authorization: Bearer <token>".'
            : 'The token is not valid, or it was revoked.',
      });
    }
    const { caller } = result;
    request.caller = caller;
    if (!(config.roles ?? []).includes(caller.role)) {
      return reply.code(403).send({
        error: 'forbidden',
        message: `A ${caller.role} may not use this route.`,
      });
    }
  });
  return routes;
}
