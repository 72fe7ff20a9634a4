/**
 * The sync bench's code that runs inside the page (passed to page.evaluate / addInitScript):
 * each function is serialised on its own, so it uses nothing but its argument and browser
 * globals. The app's database is read and written with plain IndexedDB (database 'loupe', the
 * schema the app created on its first load), never through the app's modules.
 */

/** Rows to put, by object store, in one transaction. */
export type StoreRows = Record<string, unknown[]>;

interface SyncBenchWindow {
  __syncBench?: { keys: { at: number; stamp: number }[] };
}

/** Init script: hub requests stay in the resource timing buffer (a 100k pull is 200 of them). */
export function keepResourceTimings() {
  performance.setResourceTimingBufferSize(10_000);
}

/** Puts `rows` into the app's database in one relaxed transaction over their stores. */
export async function putRows(rows: StoreRows): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('loupe');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
  try {
    const names = Object.keys(rows);
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(names, 'readwrite', { durability: 'relaxed' });
      let count = 0;
      for (const name of names) {
        const store = tx.objectStore(name);
        for (const row of rows[name] ?? []) {
          store.put(row);
          count += 1;
        }
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error(`put of ${count} rows failed`));
      tx.onabort = () => reject(tx.error ?? new Error(`put of ${count} rows aborted`));
    });
    return names.reduce((sum, name) => sum + (rows[name]?.length ?? 0), 0);
  } finally {
    db.close();
  }
}

/** The browser bridge's connection: the hub's address and token in this origin's storage. */
export function storeHubConnection({ url, token }: { url: string; token: string }) {
  localStorage.setItem('loupe-hub:url', url);
  localStorage.setItem('loupe-hub:token', token);
}

export interface PollOptions {
  /**
   * What is read: `acked`, whether the outbox row of `lastEventId` (the device's last event) is
   * acked — rows are acked in deviceSeq order, a batch per transaction, so then all are — as
   * 0 or `target`; or `cursor`, meta 'hubCursor'. Each is one read by primary key: polling
   * must cost the app next to nothing, and a range of the outbox's state index would not (its
   * 'pending' range is strewn with the entries of rows acked since, which every seek skips).
   */
  what: 'acked' | 'cursor';
  target: number;
  lastEventId?: string;
  pollMs: number;
  timeoutMs: number;
}

/**
 * Polls the app's database (a connection of its own) until the value reaches `target`; resolves
 * to the page's clock at that moment and the values seen, one per second, for a progress line.
 */
export async function pollUntil({ what, target, lastEventId, pollMs, timeoutMs }: PollOptions) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('loupe');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
  const read = () =>
    new Promise<number>((resolve, reject) => {
      const [store, key] = what === 'acked' ? ['outbox', lastEventId ?? ''] : ['meta', 'hubCursor'];
      const request = db.transaction(store).objectStore(store).get(key);
      request.onsuccess = () => {
        const row = request.result as { state?: string; value?: number } | undefined;
        if (what === 'acked') {
          resolve(row?.state === 'acked' ? target : 0);
          return;
        }
        resolve(typeof row?.value === 'number' ? row.value : 0);
      };
      request.onerror = () => reject(request.error ?? new Error('read failed'));
    });
  const started = performance.now();
  const progress: { at: number; value: number }[] = [];
  try {
    for (;;) {
      const value = await read();
      const at = performance.now();
      const last = progress[progress.length - 1];
      if (last === undefined || at - last.at >= 1_000) {
        progress.push({ at, value });
      }
      if (value >= target) {
        progress.push({ at, value });
        return { at, value, progress };
      }
      if (at - started > timeoutMs) {
        throw new Error(`${what} reached ${value} of ${target} in ${timeoutMs} ms`);
      }
      await new Promise((done) => setTimeout(done, pollMs));
    }
  } finally {
    db.close();
  }
}

/** How many outbox rows are in `state` (one count: it walks them, so not for polling). */
export async function countOutbox(state: string) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('loupe');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
  try {
    return await new Promise<number>((resolve, reject) => {
      const request = db
        .transaction('outbox')
        .objectStore('outbox')
        .index('[state+deviceSeq]')
        .count(IDBKeyRange.bound([state, -Infinity], [state, Infinity]));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('count failed'));
    });
  } finally {
    db.close();
  }
}

/** The page's requests to `origin` (resource timing: start and end on the page's clock). */
export function hubRequests(origin: string) {
  return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((entry) => entry.name.startsWith(origin))
    .map((entry) => ({
      path: new URL(entry.name).pathname,
      start: entry.startTime,
      end: entry.responseEnd > 0 ? entry.responseEnd : entry.startTime + entry.duration,
    }));
}

/** Records every keydown (capture phase): the wall clock and the event's own timestamp. */
export function recordKeys() {
  const win = window as Window & SyncBenchWindow;
  if (win.__syncBench !== undefined) {
    return;
  }
  const bench = { keys: [] as { at: number; stamp: number }[] };
  win.__syncBench = bench;
  window.addEventListener(
    'keydown',
    (event) => bench.keys.push({ at: Date.now(), stamp: event.timeStamp }),
    true,
  );
}

/** The keys recorded so far (see recordKeys). */
export function recordedKeys() {
  return (window as Window & SyncBenchWindow).__syncBench?.keys ?? [];
}

/**
 * Arms a watch on the queue list: `awaitRowWatch()` then resolves once the row of `draftId`
 * shows `status` (its badge's class), one animation frame and one task after the change was
 * seen — to the wall clock then, or null after `timeoutMs`.
 */
export function armRowWatch({
  draftId,
  status,
  timeoutMs,
}: {
  draftId: string;
  status: string;
  timeoutMs: number;
}) {
  const shows = () => {
    for (const id of document.querySelectorAll('.queue-row-id')) {
      if (id.textContent === draftId) {
        const badge = id.closest('.queue-row')?.querySelector('.queue-badge');
        return badge?.classList.contains(`queue-badge-${status}`) === true;
      }
    }
    return false;
  };
  const watch = new Promise<number | null>((resolve) => {
    const observer = new MutationObserver(() => {
      if (shows()) {
        finish();
        requestAnimationFrame(() => setTimeout(() => resolve(Date.now()), 0));
      }
    });
    const timer = setTimeout(() => {
      finish();
      resolve(null);
    }, timeoutMs);
    const finish = () => {
      observer.disconnect();
      clearTimeout(timer);
    };
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['class'],
    });
  });
  (window as Window & { __syncBenchRow?: Promise<number | null> }).__syncBenchRow = watch;
  return shows();
}

/** The armed row watch's outcome (see armRowWatch). */
export function awaitRowWatch() {
  return (window as Window & { __syncBenchRow?: Promise<number | null> }).__syncBenchRow ?? null;
}

/** Whether the queue list holds the row of `draftId` (the list renders only rows near view). */
export function rowInList(draftId: string) {
  return [...document.querySelectorAll('.queue-row-id')].some((id) => id.textContent === draftId);
}
