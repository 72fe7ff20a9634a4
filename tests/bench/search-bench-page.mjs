/**
 * The search bench's page code (passed to page.evaluate, so browser globals only): seeding a
 * project of English and Chinese drafts, timing one search through the queue's search box, and
 * the baseline, a plain substring scan of the same drafts read from IndexedDB.
 */
/* global document, indexedDB, IDBKeyRange, MutationObserver, requestAnimationFrame, HTMLInputElement -- page code */

/**
 * Writes `count` pending drafts (and their queue entries) into the app's IndexedDB: three in
 * four English, one in four Traditional Chinese; one in a hundred states the amount NT$1,280.
 */
export async function seedSearchDrafts({ projectId, count, batchSize }) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('loupe');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const base = Date.parse('2026-01-01T00:00:00Z');
  const english = (n, amount) =>
    `Hello,\n\nThe customer asked whether the refund for order ${n} can be sent to the original ` +
    `card. According to the policy excerpt, refunds of ${amount} go back to the original ` +
    'payment method within five business days, and the reviewer should check the amount, the ' +
    'date and the tone. '.repeat(3) +
    '\n\nBest regards';
  const chinese = (n, amount) =>
    `親愛的客戶您好：\n\n感謝您的來信。經查詢，訂單編號 A-${n} 的退款金額為 ${amount}，` +
    '將於五個工作天內退回原付款方式。若有任何問題，請直接回覆此郵件，我們會盡快為您處理。'.repeat(
      3,
    ) +
    '\n\n客服中心 敬上';
  const row = (n) => {
    const amount = n % 100 === 0 ? 'NT$1,280' : `NT$${(n % 97) + 100}`;
    const zh = n % 4 === 3;
    return {
      id: `search-${String(n).padStart(6, '0')}`,
      projectId,
      context: [
        {
          kind: 'ticket',
          title: zh ? `客服單 ${n}` : `Ticket ${n}`,
          text: zh ? '退款申請' : 'Refund request',
        },
      ],
      draft: zh ? chinese(n, amount) : english(n, amount),
      model: { name: 'bench-model', version: '1' },
      metadata: {},
      priority: 10,
      createdAt: new Date(base + n * 1000).toISOString(),
      status: 'pending',
    };
  };
  const entry = (draft) => ({
    projectId: draft.projectId,
    draftId: draft.id,
    rank: -draft.priority,
    priority: draft.priority,
    createdAt: draft.createdAt,
    arrival: 0,
    status: draft.status,
    model: `${draft.model.name} ${draft.model.version}`,
    // As renderer/db/queue-entry.ts builds it (two lines' worth, line breaks folded).
    preview: draft.draft.replace(/\s+/g, ' ').trim().slice(0, 280),
  });
  const started = performance.now();
  for (let start = 0; start < count; start += batchSize) {
    await new Promise((resolve, reject) => {
      const tx = db.transaction(['drafts', 'queueEntries'], 'readwrite', { durability: 'relaxed' });
      for (let n = start; n < Math.min(count, start + batchSize); n += 1) {
        const draft = row(n);
        tx.objectStore('drafts').put(draft);
        tx.objectStore('queueEntries').put(entry(draft));
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  }
  db.close();
  return { ms: performance.now() - started };
}

/**
 * Types `query` into the queue's search box and times, from the input event: the first matching
 * row painted (the list shows a row while the status says the search narrowed it) and the search
 * done ("Showing N of M", N < M). Also the longest main-thread task seen meanwhile.
 */
export async function timeSearch({ query, timeoutMs }) {
  const box = document.querySelector('input[type="search"]');
  if (!(box instanceof HTMLInputElement)) {
    throw new Error('No search box');
  }
  const status = () => document.querySelector('.queue-showing')?.textContent ?? '';
  const rows = () => document.querySelectorAll('[role="listbox"] [role="option"]').length;
  const numbers = (text) => (text.match(/[\d,]+/g) ?? []).map((n) => Number(n.replaceAll(',', '')));
  const narrowed = (text) => {
    if (/^Searching/.test(text)) {
      return true;
    }
    const [shown, total] = numbers(text);
    return /^Showing/.test(text) && shown < total;
  };
  const done = (text) => /^Showing/.test(text) && narrowed(text);
  let longest = 0;
  const longTasks = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      longest = Math.max(longest, entry.duration);
    }
  });
  longTasks.observe({ type: 'longtask' });
  const painted = () =>
    new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return new Promise((resolve, reject) => {
    let first = null;
    let started = 0;
    const timer = setTimeout(() => {
      observer.disconnect();
      longTasks.disconnect();
      reject(new Error(`search "${query}" not done in ${timeoutMs} ms (status: ${status()})`));
    }, timeoutMs);
    const check = () => {
      const text = status();
      if (first === null && narrowed(text) && rows() > 0) {
        first = painted().then(() => performance.now() - started);
      }
      if (first !== null && done(text)) {
        observer.disconnect();
        clearTimeout(timer);
        const doneAt = painted().then(() => performance.now() - started);
        Promise.all([first, doneAt]).then(([firstMs, doneMs]) => {
          longTasks.disconnect();
          resolve({ firstMs, doneMs, longestTaskMs: longest, status: text, rows: rows() });
        });
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    // React reads the value through the native setter and listens for the input event.
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    started = performance.now();
    setValue.call(box, query);
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/**
 * The baseline: what a search cost before the index (issue 12, point 13), measured in the same
 * page. Reads every draft of the project from IndexedDB in pages of 1,000 and looks for the
 * lowercased query with a plain substring test on lowercased fields, no folding; returns the
 * time to the first match and to the end, and how many drafts matched.
 */
export async function plainSubstringScan({ projectId, query }) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('loupe');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const needle = query.toLowerCase();
  const started = performance.now();
  let firstMs = null;
  let matches = 0;
  let after = null;
  for (;;) {
    const range =
      after === null
        ? IDBKeyRange.bound([projectId, ''], [projectId, '\uffff'])
        : IDBKeyRange.bound([projectId, after], [projectId, '\uffff'], true);
    const page = await new Promise((resolve, reject) => {
      const request = db.transaction('drafts').objectStore('drafts').getAll(range, 1000);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    for (const draft of page) {
      const fields = [
        draft.id,
        draft.draft,
        draft.prompt ?? '',
        ...draft.context.flatMap((c) => [c.title, c.text]),
      ];
      if (fields.some((field) => field.toLowerCase().includes(needle))) {
        matches += 1;
        firstMs ??= performance.now() - started;
      }
    }
    if (page.length < 1000) {
      break;
    }
    after = page[page.length - 1].id;
  }
  db.close();
  return { firstMs, doneMs: performance.now() - started, matches };
}

/**
 * Whether the project's stored search texts (schema v9's `searchSegments`) cover `drafts` drafts:
 * the search worker writes them back after reading a project whose texts were not stored.
 */
export async function countSearchSegments({ projectId, drafts }) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('loupe');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const keys = await new Promise((resolve, reject) => {
      const request = db
        .transaction('searchSegments')
        .objectStore('searchSegments')
        .getAllKeys(IDBKeyRange.bound([projectId, -Infinity], [projectId, Infinity]));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    // Packed segments hold 1,000 drafts each.
    return keys.length >= Math.ceil(drafts / 1000);
  } finally {
    db.close();
  }
}
