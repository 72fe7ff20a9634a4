import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoupeDatabase } from '../../../renderer/db/loupe-database';
import { requestPersistentStorage } from '../../../renderer/db/persistent-storage';
import { deleteTestDatabase, uniqueDatabaseName } from './migration-harness';

const names: string[] = [];

afterEach(async () => {
  await Promise.all(names.splice(0).map(deleteTestDatabase));
});

describe('LoupeDatabase', () => {
  it('lets another window upgrade: closes for good and asks the user to reload', async () => {
    const name = uniqueDatabaseName();
    names.push(name);
    const onVersionChange = vi.fn();
    const oldWindow = new LoupeDatabase({ name, version: 1, onVersionChange });
    await oldWindow.open();

    const newWindow = new LoupeDatabase({ name, version: 2 });
    await newWindow.open();

    expect(onVersionChange).toHaveBeenCalledTimes(1);
    expect(oldWindow.isOpen()).toBe(false);
    // It must not quietly reopen with the old schema on the next query.
    await expect(oldWindow.meta.count()).rejects.toThrow();
    newWindow.close();
  });

  it('opens a fresh database at the current schema with every table', async () => {
    const name = uniqueDatabaseName();
    names.push(name);
    const db = new LoupeDatabase({ name });
    await db.open();
    expect(db.tables.map((table) => table.name).sort()).toEqual([
      'draftState',
      'drafts',
      'editBuffers',
      'editRates',
      'events',
      'hubLog',
      'imports',
      'meta',
      'outbox',
      'projects',
      'queueEntries',
      'searchSegments',
    ]);
    db.close();
  });
});

describe('requestPersistentStorage', () => {
  it('asks the browser to keep our data', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    await expect(requestPersistentStorage({ persist })).resolves.toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('copes with a browser that lacks or refuses the API', async () => {
    await expect(requestPersistentStorage({})).resolves.toBe(false);
    await expect(
      requestPersistentStorage({ persist: () => Promise.reject(new Error('denied')) }),
    ).resolves.toBe(false);
  });
});
