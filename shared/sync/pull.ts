/**
 * `GET /v1/sync/pull?after=SEQ&limit=N` (SYNC.md §3): records in `seq` order. `nextCursor` is
 * what the client stores with the page, in the same transaction; `high` is the highest `seq`
 * the hub had committed when it read the page.
 */
import { z } from '../validation/zod';
import { hubIdentitySchema } from './hub-identity';
import { logRecordSchema } from './hub-records';
import { DEFAULT_PULL_LIMIT, MAX_PULL_LIMIT } from './limits';
import { deviceIdSchema } from './push';

/** Query strings carry text; these accept the digits and nothing else. */
const counting = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,15}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

export const pullQuerySchema = z.strictObject({
  after: counting(0, Number.MAX_SAFE_INTEGER).default(0),
  limit: counting(1, MAX_PULL_LIMIT).default(DEFAULT_PULL_LIMIT),
  /** The device asking, for its watermark (optional: an evaluator's script has none). */
  deviceId: deviceIdSchema.optional(),
});
export type PullQuery = z.infer<typeof pullQuerySchema>;

export const pullResponseSchema = hubIdentitySchema.extend({
  records: z.array(logRecordSchema),
  /** The `seq` to ask after next time: the last record's, or `after` when the page is empty. */
  nextCursor: z.number().int().nonnegative(),
  hasMore: z.boolean(),
  high: z.number().int().nonnegative(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;
