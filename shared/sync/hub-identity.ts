/**
 * Who the hub is, on every push, pull and hello answer (SYNC.md §4). A client that sees another
 * `hubId` or `epoch` than it stored forgets its cursor and pulls from zero; a `deviceWatermark`
 * below its highest acknowledged `deviceSeq` makes it push those events again.
 */
import { z } from '../validation/zod';

export const hubIdentitySchema = z.object({
  /** Fixed when the hub's database is created. */
  hubId: z.string().min(1).max(200),
  /** Goes up each time an admin restores a backup. */
  epoch: z.number().int().positive(),
  /**
   * The highest `deviceSeq` up to which the hub holds every event of the device the request
   * named (accepted or answered `rejected`); null when the request named no device.
   */
  deviceWatermark: z.number().int().nonnegative().nullable(),
});

export type HubIdentity = z.infer<typeof hubIdentitySchema>;
