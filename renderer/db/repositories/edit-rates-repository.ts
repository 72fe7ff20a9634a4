/**
 * The `editRates` table (edit-rate-batch-row.ts): the edit rates the lead's statistics computed
 * (statistics-worker-handler.ts), read back whole into the worker's cache and written a run's
 * new rates at a time.
 */
import type { EditRateBatchRow } from '../edit-rate-batch-row';
import type { LoupeDatabase } from '../loupe-database';

/**
 * Past this many rows a save merges them into one: a lead opening the statistics after every
 * few synced decisions appends a small row each time, and every opening reads every row.
 */
export const EDIT_RATE_BATCHES_KEPT = 32;

function addRows(rates: Map<string, number>, rows: readonly EditRateBatchRow[]): void {
  for (const row of rows) {
    row.keys.forEach((key, index) => {
      const rate = row.rates[index];
      if (rate !== undefined) {
        rates.set(key, rate);
      }
    });
  }
}

/** Every stored rate, by key: what the statistics worker seeds its cache with. */
export async function readEditRates(db: LoupeDatabase): Promise<Map<string, number>> {
  const rates = new Map<string, number>();
  addRows(rates, await db.editRates.toArray());
  return rates;
}

/** Stores a run's newly computed rates as one row (a key stored again: the later row wins). */
export async function saveEditRates(
  db: LoupeDatabase,
  entries: readonly (readonly [string, number])[],
): Promise<void> {
  if (entries.length === 0) {
    return;
  }
  const batch: EditRateBatchRow = {
    keys: entries.map(([key]) => key),
    rates: entries.map(([, rate]) => rate),
  };
  await db.transaction('rw', db.editRates, async () => {
    await db.editRates.add(batch);
    if ((await db.editRates.count()) <= EDIT_RATE_BATCHES_KEPT) {
      return;
    }
    const merged = new Map<string, number>();
    addRows(merged, await db.editRates.toArray());
    await db.editRates.clear();
    await db.editRates.add({ keys: [...merged.keys()], rates: [...merged.values()] });
  });
}
