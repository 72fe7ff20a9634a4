/**
 * The `editRates` table (schema v10): the lead statistics' edit rates, read back whole as the
 * worker's cache and written a run's new rates to a row, across connections; many small rows
 * are merged into one.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LoupeDatabase } from '../../../renderer/db/loupe-database';
import {
  EDIT_RATE_BATCHES_KEPT,
  readEditRates,
  saveEditRates,
} from '../../../renderer/db/repositories/edit-rates-repository';
import { editRateKey } from '../../../shared/stats/compute-statistics';
import { deleteTestDatabase, uniqueDatabaseName } from './migration-harness';

let name: string;
let db: LoupeDatabase;

beforeEach(async () => {
  name = uniqueDatabaseName();
  db = new LoupeDatabase({ name });
  await db.open();
});

afterEach(async () => {
  db.close();
  await deleteTestDatabase(name);
});

describe('edit rates repository', () => {
  it('reads nothing from a new store', async () => {
    expect(await readEditRates(db)).toEqual(new Map());
  });

  it('keeps every saved rate by its key, across connections', async () => {
    const first = editRateKey('e-01', '您好，我們已確認帳單。');
    const second = editRateKey('e-02', 'Refund of NT$1,280.');
    await saveEditRates(db, [
      [first, 3 / 7],
      [second, 0],
    ]);
    await saveEditRates(db, [[editRateKey('e-03', 'x'), 1]]);
    db.close();
    db = new LoupeDatabase({ name });
    const rates = await readEditRates(db);
    expect(rates.size).toBe(3);
    expect(rates.get(first)).toBe(3 / 7);
    expect(rates.get(second)).toBe(0);
    expect(rates.get(editRateKey('e-03', 'x'))).toBe(1);
  });

  it('packs a run’s rates into one row', async () => {
    const entries = Array.from({ length: 500 }, (_, n): [string, number] => [
      editRateKey(`e-${n}`, 'text'),
      n / 500,
    ]);
    await saveEditRates(db, entries);
    expect(await db.editRates.count()).toBe(1);
    expect(await readEditRates(db)).toEqual(new Map(entries));
  });

  it('reads a rate saved twice as the later one', async () => {
    const key = editRateKey('e-01', 'text');
    await saveEditRates(db, [[key, 0.5]]);
    await saveEditRates(db, [[key, 0.25]]);
    expect((await readEditRates(db)).get(key)).toBe(0.25);
  });

  it('merges the rows into one when they grow many, losing no rate', async () => {
    const saved = new Map<string, number>();
    // One save more than the rows kept: the last one merges.
    for (let run = 0; run < EDIT_RATE_BATCHES_KEPT; run += 1) {
      const entries: [string, number][] = [
        [editRateKey(`e-${run}-a`, 'text'), run / 100],
        [editRateKey(`e-${run}-b`, 'text'), 1 - run / 100],
      ];
      await saveEditRates(db, entries);
      entries.forEach(([key, rate]) => saved.set(key, rate));
      // Rewritten once: a key stored again keeps its latest rate through the merge.
      if (run === 3) {
        await saveEditRates(db, [[editRateKey('e-0-a', 'text'), 0.75]]);
        saved.set(editRateKey('e-0-a', 'text'), 0.75);
      }
    }
    expect(await db.editRates.count()).toBe(1);
    expect(await readEditRates(db)).toEqual(saved);
    await saveEditRates(db, [['after', 0.5]]);
    expect(await db.editRates.count()).toBe(2);
  });

  it('opens no transaction for an empty batch', async () => {
    db.close({ disableAutoOpen: true });
    // A closed connection would refuse a write: an empty batch must not try one.
    await expect(saveEditRates(db, [])).resolves.toBeUndefined();
  });
});
