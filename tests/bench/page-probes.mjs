/**
 * Functions that run inside the page (passed to page.evaluate / addInitScript), so they may only
 * use browser globals. Every timing starts at the keydown event's own timeStamp (same clock as
 * performance.now()) and ends one animation frame plus one task after the change was observed,
 * which approximates "painted" without tracing.
 */
/* global window, document, MutationObserver, requestAnimationFrame, indexedDB -- page code */

/**
 * Init script: records when the first queue row appears after each navigation, and when the app
 * started opening the queue (the store's 'loupe:queue-open' User Timing mark).
 */
export function watchFirstRows() {
  const probe = { firstRowsAt: null, queueOpenAt: null };
  window.__benchFirstRows = probe;
  const observer = new MutationObserver(() => {
    if (document.querySelector('[role="listbox"] [role="option"]') !== null) {
      observer.disconnect();
      requestAnimationFrame(() =>
        setTimeout(() => {
          probe.firstRowsAt = performance.now();
          const marks = performance.getEntriesByName('loupe:queue-open', 'mark');
          probe.queueOpenAt = marks.length > 0 ? marks[marks.length - 1].startTime : null;
        }, 0),
      );
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Installs `window.__bench` with the two arming functions used by the runner. */
export function installProbes() {
  const FRAME_THEN_TASK = (done) => requestAnimationFrame(() => setTimeout(done, 0));
  const heading = () => document.querySelector('header.review-header h2')?.textContent ?? null;

  function arm(timeoutMs, wire) {
    let started = null;
    let finish = () => {};
    const onKey = (event) => {
      if (started === null) {
        started = event.timeStamp;
      }
    };
    window.addEventListener('keydown', onKey, true);
    const result = new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`no change within ${timeoutMs} ms`));
      }, timeoutMs);
      const unwire = wire(
        () => started !== null,
        () => finish(),
      );
      const cleanup = () => {
        clearTimeout(timer);
        unwire();
        window.removeEventListener('keydown', onKey, true);
      };
      finish = () => {
        // Up to here: the app's own work for the key (handlers, React's render and commit) and,
        // with the layout read below, the browser's style and layout of the change.
        void document.body.offsetHeight;
        const handledMs = performance.now() - started;
        cleanup();
        FRAME_THEN_TASK(() =>
          resolve({ ms: performance.now() - started, handledMs, heading: heading() }),
        );
      };
    });
    // Attach a no-op handler so a timeout before the runner awaits is not "unhandled".
    result.catch(() => {});
    window.__bench.result = result;
  }

  window.__bench = {
    result: null,
    /** Resolves once the review header's draft id changed after the next keydown. */
    armHeader(timeoutMs) {
      const before = heading();
      arm(timeoutMs, (keyed, done) => {
        const observer = new MutationObserver(() => {
          const now = heading();
          if (keyed() && now !== null && now !== before) {
            done();
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        return () => observer.disconnect();
      });
    },
    /**
     * Resolves once the 'input' event of `selector`'s element has been handled by everyone
     * after the next keydown: the listener sits on window in the bubble phase, after React's
     * root listener, which renders and commits a discrete event's update before it returns.
     */
    armInput(selector, timeoutMs) {
      const field = document.querySelector(selector);
      if (field === null) {
        throw new Error(`${selector} is not in the page`);
      }
      arm(timeoutMs, (keyed, done) => {
        const onInput = (event) => {
          if (keyed() && event.target === field) {
            done();
          }
        };
        window.addEventListener('input', onInput);
        return () => window.removeEventListener('input', onInput);
      });
    },
  };
}

/** Writes synthetic pending drafts straight into the app's IndexedDB ('loupe' / 'drafts'). */
export async function seedDrafts({ projectId, count, batchSize, editorDraft }) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('loupe');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const base = Date.parse('2026-01-01T00:00:00Z');
  const sentence =
    'The customer asked whether the refund for order %N can be sent to the original card. ' +
    'According to the policy excerpt, refunds go back to the original payment method within ' +
    'five business days, and the reviewer should check the amount, the date and the tone. ';
  const body = (n) => sentence.repeat(3).replaceAll('%N', String(n)).slice(0, 700);
  const row = (n) => ({
    id: `bench-${String(n).padStart(6, '0')}`,
    projectId,
    context: [{ kind: 'ticket', title: `Ticket ${n}`, text: sentence.replaceAll('%N', String(n)) }],
    draft: `Hello,\n\n${body(n)}\n\nBest regards`,
    model: { name: 'bench-model', version: '1' },
    metadata: {},
    priority: 10,
    createdAt: new Date(base + n * 1000).toISOString(),
    status: 'pending',
  });
  // What renderer/db/queue-entry.ts builds for these drafts (`toQueueEntry`). `arrival` is part
  // of the queue's indexes since schema v7: an entry without it is in no index, so the queue
  // held only the demo's drafts and the 100k were never measured.
  const entry = (draft) => ({
    projectId: draft.projectId,
    draftId: draft.id,
    rank: -draft.priority,
    priority: draft.priority,
    createdAt: draft.createdAt,
    arrival: 0,
    status: draft.status,
    model: `${draft.model.name} ${draft.model.version}`,
    preview: draft.draft.replace(/\s+/g, ' ').trim().slice(0, 280),
  });
  const putAll = (rows) =>
    new Promise((resolve, reject) => {
      const tx = db.transaction(['drafts', 'queueEntries'], 'readwrite', { durability: 'relaxed' });
      const store = tx.objectStore('drafts');
      const entries = tx.objectStore('queueEntries');
      for (const item of rows) {
        store.put(item);
        entries.put(entry(item));
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  const started = performance.now();
  for (let start = 0; start < count; start += batchSize) {
    const rows = [];
    for (let n = start; n < Math.min(count, start + batchSize); n += 1) {
      rows.push(row(n));
    }
    await putAll(rows);
  }
  await putAll([
    {
      ...row(count),
      id: editorDraft.id,
      draft: editorDraft.text,
      priority: 1000,
    },
  ]);
  const total = await new Promise((resolve, reject) => {
    const request = db.transaction('drafts').objectStore('drafts').count();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  db.close();
  return { ms: performance.now() - started, total };
}
