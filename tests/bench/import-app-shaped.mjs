/**
 * A diagnostic row of the import benchmark (import-bench.mjs), run in the page: the requests one
 * writing-pass batch makes (renderer/db/repositories/import-repository.ts writeImportBatch),
 * issued with plain IndexedDB instead of Dexie, on stores with the app's keys and indexes
 * (renderer/db/schema-versions.ts). Per transaction of `batchRows` rows, strict, as a new
 * import into an empty project writes: the drafts and their queue entries added together, and the
 * job row read and written back. Between the raw put and the app, it tells the cost of the app's
 * request pattern (two rows per draft, not one) apart from Dexie's own. Keep it in step with
 * writeImportBatch.
 */
/* global window, indexedDB -- page code */

export async function rawAppShapedPut({ name, batchRows, durability }) {
  const rows = window.__benchRawRows;
  const request = (req) =>
    new Promise((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  await request(indexedDB.deleteDatabase(name));
  const opening = indexedDB.open(name, 1);
  opening.onupgradeneeded = () => {
    const db = opening.result;
    const drafts = db.createObjectStore('drafts', { keyPath: ['projectId', 'id'] });
    drafts.createIndex('status', 'status');
    const entries = db.createObjectStore('queueEntries', { keyPath: ['projectId', 'draftId'] });
    entries.createIndex('[projectId+rank+createdAt+arrival+draftId]', [
      'projectId',
      'rank',
      'createdAt',
      'arrival',
      'draftId',
    ]);
    entries.createIndex('[projectId+status+rank+createdAt+arrival+draftId]', [
      'projectId',
      'status',
      'rank',
      'createdAt',
      'arrival',
      'draftId',
    ]);
    db.createObjectStore('draftState', { keyPath: ['projectId', 'draftId'] });
    const imports = db.createObjectStore('imports', { keyPath: 'importId' });
    imports.createIndex('projectId', 'projectId');
    imports.createIndex('state', 'state');
  };
  const db = await request(opening);
  const importId = rows[0].importId;
  const job = { importId, projectId: rows[0].projectId, state: 'running', rowsWritten: 0 };
  await request(db.transaction('imports', 'readwrite').objectStore('imports').put(job));
  // renderer/db/queue-entry.ts, reduced to what these drafts need (two lines, folded).
  const entryOf = (row, arrival) => ({
    projectId: row.projectId,
    draftId: row.id,
    rank: -row.priority,
    priority: row.priority,
    createdAt: row.createdAt,
    arrival,
    status: row.status,
    model: row.model.name,
    preview: row.draft.slice(0, 1120).replace(/\s+/g, ' ').trim().slice(0, 280),
  });

  const started = performance.now();
  for (let start = 0; start < rows.length; start += batchRows) {
    const batch = rows.slice(start, start + batchRows);
    await new Promise((resolve, reject) => {
      const tx = db.transaction(['drafts', 'queueEntries', 'draftState', 'imports'], 'readwrite', {
        durability,
      });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
      // A fresh import into an empty project: no reads, the drafts and their queue entries
      // added together, the job row read and written back.
      const drafts = tx.objectStore('drafts');
      const entries = tx.objectStore('queueEntries');
      for (const row of batch) {
        drafts.add(row);
      }
      batch.forEach((row, index) => entries.add(entryOf(row, start + index)));
      const imports = tx.objectStore('imports');
      const read = imports.get(importId);
      read.onsuccess = () =>
        imports.put({ ...read.result, rowsWritten: read.result.rowsWritten + batch.length });
    });
  }
  const ms = performance.now() - started;
  const stored = await request(db.transaction('drafts').objectStore('drafts').count());
  db.close();
  return { ms, rows: stored, transactions: Math.ceil(rows.length / batchRows) };
}
