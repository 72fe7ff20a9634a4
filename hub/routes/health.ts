/**
 * `/healthz` (the process answers: for a load balancer, no token) and `/readyz` (the database
 * answers and is migrated: for an operator, with a token like every other route).
 */
import type { FastifyInstance } from 'fastify';
import { HUB_ROLES } from '../../shared/sync/roles';
import { LATEST_SCHEMA_VERSION, schemaVersion } from '../storage/migrations/run-migrations';
import { readHigh } from '../storage/queries/identity';
import type { HubContext } from '../server/context';

export function registerHealthRoutes(app: FastifyInstance, { storage }: HubContext) {
  app.get('/healthz', { config: { public: true, rateLimit: false } }, () => ({ status: 'ok' }));

  app.get('/readyz', { config: { roles: HUB_ROLES } }, async (_request, reply) => {
    try {
      const version = await schemaVersion(storage);
      const high = await storage.read(readHigh);
      const ready = version === LATEST_SCHEMA_VERSION;
      return reply.code(ready ? 200 : 503).send({
        status: ready ? 'ready' : 'not_migrated',
        engine: storage.dialect,
        schemaVersion: version,
        high,
      });
    } catch {
      return reply.code(503).send({
        status: 'unavailable',
        engine: storage.dialect,
        message: 'The database does not answer.',
      });
    }
  });
}
