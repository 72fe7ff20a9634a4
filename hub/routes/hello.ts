/** `GET /v1/sync/hello` and `POST /v1/devices` (SYNC.md §4, §8). */
import type { FastifyInstance } from 'fastify';
import {
  deviceRegistrationSchema,
  helloQuerySchema,
  SYNC_PROTOCOL_VERSION,
  type DeviceRegistration,
  type DeviceRegistered,
  type HelloResponse,
} from '../../shared/sync/hello';
import { SYNC_LIMITS } from '../../shared/sync/limits';
import { HUB_ROLES } from '../../shared/sync/roles';
import { HubRequestError } from '../log/request-error';
import { watermarkFor } from '../log/pull-page';
import { deviceById, insertDevice, setDeviceLabel } from '../storage/queries/devices';
import { readHigh, readIdentity } from '../storage/queries/identity';
import { callerOf } from '../server/access';
import type { HubContext } from '../server/context';

export function registerHelloRoutes(app: FastifyInstance, { storage, now }: HubContext) {
  app.get<{ Querystring: { deviceId?: string } }>(
    '/v1/sync/hello',
    { config: { roles: HUB_ROLES }, schema: { querystring: helloQuerySchema } },
    async (request): Promise<HelloResponse> => {
      const caller = callerOf(request);
      return storage.read(async (sql) => {
        const deviceWatermark = await watermarkFor(sql, caller.id, request.query.deviceId);
        return {
          ...(await readIdentity(sql)),
          deviceWatermark,
          user: { id: caller.id, name: caller.name, role: caller.role },
          protocolVersion: SYNC_PROTOCOL_VERSION,
          high: await readHigh(sql),
          serverTime: now().toISOString(),
          limits: SYNC_LIMITS,
        };
      });
    },
  );

  // Every role registers: an evaluator's app pulls with a device too (it never pushes).
  app.post<{ Body: DeviceRegistration }>(
    '/v1/devices',
    { config: { roles: HUB_ROLES }, schema: { body: deviceRegistrationSchema } },
    async (request, reply): Promise<DeviceRegistered> => {
      const caller = callerOf(request);
      const { deviceId, label } = request.body;
      const answer = await storage.write(async (sql) => {
        const held = await deviceById(sql, deviceId);
        if (held !== undefined && held.user_id !== caller.id) {
          throw new HubRequestError(
            409,
            'device_taken',
            'This device id is registered to another user: a device belongs to one user.',
          );
        }
        if (held === undefined) {
          await insertDevice(sql, {
            device_id: deviceId,
            user_id: caller.id,
            label: label ?? null,
            watermark: 0,
            registered_at: now().toISOString(),
            last_push_at: null,
          });
        } else if (label !== undefined && label !== held.label) {
          await setDeviceLabel(sql, deviceId, label);
        }
        return {
          created: held === undefined,
          body: {
            ...(await readIdentity(sql)),
            deviceWatermark: held?.watermark ?? 0,
            deviceId,
            registeredAt: held?.registered_at ?? now().toISOString(),
          },
        };
      });
      reply.code(answer.created ? 201 : 200);
      return answer.body;
    },
  );
}
