/**
 * An admin's read-only view over HTTP: users (never their token hashes) and devices with their
 * watermarks. Users are added, revoked and given new tokens by the admin commands
 * (`npm run hub -- user …`), on the hub's own machine.
 */
import type { FastifyInstance } from 'fastify';
import { ADMIN_ROLES } from '../../shared/sync/roles';
import { listDevices } from '../storage/queries/devices';
import { listUsers } from '../storage/queries/users';
import type { HubContext } from '../server/context';

export function registerAdminRoutes(app: FastifyInstance, { storage }: HubContext) {
  const admin = { roles: ADMIN_ROLES };

  app.get('/v1/admin/users', { config: admin }, async () => ({
    users: (await storage.read(listUsers)).map((user) => ({
      id: user.id,
      name: user.name,
      role: user.role,
      createdAt: user.created_at,
      revokedAt: user.revoked_at,
    })),
  }));

  app.get('/v1/admin/devices', { config: admin }, async () => ({
    devices: (await storage.read(listDevices)).map((device) => ({
      deviceId: device.device_id,
      userId: device.user_id,
      userName: device.user_name,
      label: device.label,
      watermark: device.watermark,
      registeredAt: device.registered_at,
      lastPushAt: device.last_push_at,
    })),
  }));
}
