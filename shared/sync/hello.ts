/** `GET /v1/sync/hello` and `POST /v1/devices` (SYNC.md §8): who the hub and the caller are. */
import { z } from '../validation/zod';
import { hubIdentitySchema } from './hub-identity';
import { deviceIdSchema } from './push';
import { HUB_ROLES, type HubRole } from './roles';

/**
 * Version of the protocol in this file and its neighbours; a hub refuses none yet.
 * 2: a project's guidelines may travel in both languages (`{ en, 'zh-TW' }`) as well as the one
 * plain string of version 1, which every hub and app still accepts.
 */
export const SYNC_PROTOCOL_VERSION = 2;

export const hubUserSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  role: z.enum(HUB_ROLES as [HubRole, ...HubRole[]]),
});
export type HubUser = z.infer<typeof hubUserSchema>;

export const helloQuerySchema = z.strictObject({ deviceId: deviceIdSchema.optional() });

export const helloResponseSchema = hubIdentitySchema.extend({
  user: hubUserSchema,
  protocolVersion: z.number().int().positive(),
  high: z.number().int().nonnegative(),
  serverTime: z.iso.datetime({ offset: true }),
  limits: z.object({
    maxPushEvents: z.number().int().positive(),
    maxPushBytes: z.number().int().positive(),
    maxSingleEventBytes: z.number().int().positive(),
    defaultPullLimit: z.number().int().positive(),
    maxPullLimit: z.number().int().positive(),
    maxPublishDrafts: z.number().int().positive(),
  }),
});
export type HelloResponse = z.infer<typeof helloResponseSchema>;

export const deviceRegistrationSchema = z.strictObject({
  /** The id the app generated for its database (its events already carry it). */
  deviceId: deviceIdSchema,
  /** Shown to admins: "Mei's laptop". */
  label: z.string().max(200).optional(),
});
export type DeviceRegistration = z.infer<typeof deviceRegistrationSchema>;

export const deviceRegisteredSchema = hubIdentitySchema.extend({
  deviceId: deviceIdSchema,
  registeredAt: z.iso.datetime({ offset: true }),
});
export type DeviceRegistered = z.infer<typeof deviceRegisteredSchema>;
