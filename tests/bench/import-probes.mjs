/**
 * Page-side functions of the import benchmark (passed to page.evaluate, so they use browser
 * globals only): timing an import step from the click that starts it, the raw IndexedDB baseline
 * (plain IndexedDB, no Dexie) over the same rows, and counting what the app stored.
 */
/* global window, document, MutationObserver, indexedDB, IDBKeyRange -- page code */

/**
 * Arms `window.__benchStep`: resolves once `selector` is in the page after the next click on a
 * button, with the time from that click's own timestamp (same clock as performance.now()).
 */
export function armStep({ selector, timeoutMs }) {
  let clickedAt = null;
  const onClick = (event) => {
    if (clickedAt === null && event.target instanceof window.Element) {
      if (event.target.closest('button') !== null) {
        clickedAt = event.timeStamp;
      }
    }
  };
  window.addEventListener('click', onClick, true);
  const result = new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`${selector} did not appear within ${timeoutMs} ms`));
    }, timeoutMs);
    const observer = new MutationObserver(() => {
      if (clickedAt !== null && document.querySelector(selector) !== null) {
        const ms = performance.now() - clickedAt;
        cleanup();
        resolve({ ms });
      }
    });
    const cleanup = () => {
      clearTimeout(timer);
      observer.disconnect();
      window.removeEventListener('click', onClick, true);
    };
    observer.observe(document.body, { childList: true, subtree: true });
  });
  result.catch(() => {});
  window.__benchStep = result;
}

/**
 * Reads the file picked in `input` (the same file the app imports) into the rows the app stores
 * for it: each line parsed, in the DraftRow shape the writing pass builds for a new draft
 * (renderer/db/repositories/import-repository.ts), kept on `window.__benchRawRows`. Its time
 * (read, decode, split, JSON.parse) is the checking pass's baseline: the least any check costs.
 */
export async function loadRawRows({ selector, projectId, importId, now }) {
  const input = document.querySelector(selector);
  const file = input?.files?.[0];
  if (file === undefined) {
    throw new Error(`no file in ${selector}`);
  }
  const started = performance.now();
  const rows = [];
  const toRow = (line) => {
    const record = JSON.parse(line);
    return {
      id: record.id,
      prompt: record.question,
      context: [{ kind: 'document', title: '', text: record.knowledge }],
      draft: record.response,
      model: { name: record.model },
      metadata: {},
      priority: 0,
      createdAt: now,
      projectId,
      status: 'pending',
      importId,
    };
  };
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  let rest = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) {
      break;
    }
    const lines = (rest + value).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      if (line !== '') {
        rows.push(toRow(line));
      }
    }
  }
  if (rest !== '') {
    rows.push(toRow(rest));
  }
  window.__benchRawRows = rows;
  return { rows: rows.length, ms: performance.now() - started };
}

/**
 * The baseline: puts `window.__benchRawRows` into a fresh database `name` with plain IndexedDB,
 * `batchRows` rows per readwrite transaction (all of them in one when null), with `durability`.
 * The store has the app's drafts key and, unless `indexes` is false, its indexes
 * (renderer/db/schema-versions.ts, version 8 on), so both sides maintain the same index entries.
 * Times the puts only.
 */
export async function rawBulkPut({ name, batchRows, durability, indexes = true }) {
  const rows = window.__benchRawRows;
  const request = (req) =>
    new Promise((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  await request(indexedDB.deleteDatabase(name));
  const opening = indexedDB.open(name, 1);
  opening.onupgradeneeded = () => {
    const store = opening.result.createObjectStore('drafts', { keyPath: ['projectId', 'id'] });
    if (!indexes) {
      return;
    }
    store.createIndex('status', 'status');
  };
  const db = await request(opening);
  const size = batchRows ?? rows.length;
  let transactions = 0;
  const started = performance.now();
  for (let start = 0; start < rows.length; start += size) {
    await new Promise((resolve, reject) => {
      const tx = db.transaction('drafts', 'readwrite', { durability });
      const store = tx.objectStore('drafts');
      const end = Math.min(rows.length, start + size);
      for (let index = start; index < end; index += 1) {
        store.put(rows[index]);
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    transactions += 1;
  }
  const ms = performance.now() - started;
  const stored = await request(db.transaction('drafts').objectStore('drafts').count());
  db.close();
  return { ms, rows: stored, transactions };
}

/**
 * Drafts stored in the app's database ('loupe' / 'drafts'): in all, and in the project of the
 * last import job (the import's own record of where it wrote).
 */
export async function countStoredDrafts() {
  const db = await new Promise((resolve, reject) => {
    const req = indexedDB.open('loupe');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const count = (source, query) =>
    new Promise((resolve, reject) => {
      const req = source.count(query);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  const tx = db.transaction(['drafts', 'imports']);
  const jobs = await new Promise((resolve, reject) => {
    const req = tx.objectStore('imports').getAll();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const job = jobs[jobs.length - 1];
  const drafts = tx.objectStore('drafts');
  const total = await count(drafts);
  const inProject =
    job === undefined
      ? null
      : // The drafts' key is [projectId, id]; an array sorts after every string id.
        await count(drafts, IDBKeyRange.bound([job.projectId], [job.projectId, []]));
  db.close();
  return { total, inProject, job: job === undefined ? null : { state: job.state, ...job.counts } };
}
