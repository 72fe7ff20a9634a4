/** `POST /v1/sync/push`, `GET /v1/sync/pull` and `GET /v1/sync/events` (SYNC.md §2, §3, §6). */
import type { FastifyInstance } from 'fastify';
import { MAX_PUSH_BYTES, MAX_SINGLE_EVENT_BYTES } from '../../shared/sync/limits';
import { pullQuerySchema, type PullQuery } from '../../shared/sync/pull';
import { pushRequestSchema, type PushRequest, type PushResponse } from '../../shared/sync/push';
import { DECIDING_ROLES, HUB_ROLES } from '../../shared/sync/roles';
import { checkEvents } from '../log/check-events';
import { pullPageJson, readPullPage } from '../log/pull-page';
import { pushEvents } from '../log/push-events';
import { HubRequestError } from '../log/request-error';
import { readHigh, readIdentity } from '../storage/queries/identity';
import { callerOf } from '../server/access';
import type { HubContext } from '../server/context';

export function registerSyncRoutes(app: FastifyInstance, { storage, pokes, now }: HubContext) {
  app.post<{ Body: PushRequest }>(
    '/v1/sync/push',
    {
      config: { roles: DECIDING_ROLES },
      bodyLimit: MAX_SINGLE_EVENT_BYTES,
      schema: { body: pushRequestSchema },
    },
    async (request): Promise<PushResponse> => {
      const caller = callerOf(request);
      const { deviceId, events } = request.body;
      if (events.length > 1 && (request.bodyBytes ?? 0) > MAX_PUSH_BYTES) {
        throw new HubRequestError(
          413,
          'batch_too_large',
          `A push of several events may hold at most ${MAX_PUSH_BYTES} bytes; send fewer at once ` +
            '(an event too large for a batch travels alone).',
        );
      }
      const pusher = { userId: caller.id, role: caller.role, deviceId };
      const checked = await checkEvents(events, pusher);
      const outcome = await storage.write(async (sql) => {
        const pushed = await pushEvents(sql, pusher, checked, now().toISOString());
        return { ...pushed, identity: await readIdentity(sql) };
      });
      request.log.info(
        { deviceId, events: events.length, accepted: outcome.accepted },
        'push committed',
      );
      return { ...outcome.identity, deviceWatermark: outcome.watermark, results: outcome.results };
    },
  );

  app.get<{ Querystring: PullQuery }>(
    '/v1/sync/pull',
    { config: { roles: HUB_ROLES }, schema: { querystring: pullQuerySchema } },
    async (request, reply) => {
      const caller = callerOf(request);
      const page = await storage.read((sql) =>
        readPullPage(sql, { userId: caller.id, ...request.query }),
      );
      return reply.type('application/json; charset=utf-8').send(pullPageJson(page));
    },
  );

  app.get('/v1/sync/events', { config: { roles: HUB_ROLES } }, async (request, reply) => {
    const first = await storage.read(async (sql) => ({
      ...(await readIdentity(sql)),
      high: await readHigh(sql),
    }));
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(reply.getHeaders())) {
      if (typeof value === 'string') {
        headers[name] = value;
      }
    }
    reply.hijack();
    pokes.open(reply.raw, headers, first);
  });
}
