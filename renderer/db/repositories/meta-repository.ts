/** The `meta` table: device identity, counters and settings, one typed row per key. */
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/domain/settings';
import type { LoupeDatabase } from '../loupe-database';
import type { MetaKey, MetaValues } from '../rows';

/** Reads one meta value, or `undefined` when it was never written. */
export async function getMeta<K extends MetaKey>(
  db: LoupeDatabase,
  key: K,
): Promise<MetaValues[K] | undefined> {
  const row = await db.meta.get(key);
  return row?.value as MetaValues[K] | undefined;
}

/** Writes one meta value. */
export async function setMeta<K extends MetaKey>(
  db: LoupeDatabase,
  key: K,
  value: MetaValues[K],
): Promise<void> {
  // The cast is sound: the key and value come from the same MetaValues entry.
  await db.meta.put({ key, value } as { key: MetaKey; value: never });
}

/** This device's id, generated once and kept for the life of the database. */
export async function getOrCreateDeviceId(db: LoupeDatabase): Promise<string> {
  // Generated outside the transaction: only Dexie calls belong inside one (DESIGN.md).
  const candidate = crypto.randomUUID();
  return db.transaction('rw', db.meta, async () => {
    const existing = await getMeta(db, 'deviceId');
    if (existing !== undefined) {
      return existing;
    }
    await setMeta(db, 'deviceId', candidate);
    return candidate;
  });
}

/** The stored settings, with defaults for anything never chosen. */
export async function getSettings(db: LoupeDatabase): Promise<Settings> {
  const stored = await getMeta(db, 'settings');
  return { ...DEFAULT_SETTINGS, ...stored };
}

/** Merges `patch` into the stored settings atomically and returns the result. */
export async function saveSettings(db: LoupeDatabase, patch: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.meta, async () => {
    const next = { ...(await getSettings(db)), ...patch };
    await setMeta(db, 'settings', next);
    return next;
  });
}

/**
 * Reserves `count` consecutive arrivals (DraftRow.arrival) and returns the first. Call inside
 * the transaction that stores the drafts (over `meta` too), so two writers never share one.
 */
export async function takeArrivals(db: LoupeDatabase, count: number): Promise<number> {
  const first = (await getMeta(db, 'nextArrival')) ?? 1;
  if (count > 0) {
    await setMeta(db, 'nextArrival', first + count);
  }
  return first;
}
