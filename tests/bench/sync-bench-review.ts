/**
 * Does sync slow the reviewer? The decision key → next item painted (run-bench's measurement,
 * page-probes.mjs: approve with the required rating answered outside the timed window) in one
 * page and profile holding the demo project plus 10,000 seeded drafts, twice: before the profile
 * is connected (sync idle: no engine runs), then right after connecting, while the app pulls the
 * hub's 100,000 records (the reviewer works in the local project meanwhile). Were the pull to
 * end within the samples, only those whose key came before its last page (resource timing)
 * would count; the profile is closed once the samples are taken, the pull unfinished.
 */
import type { Page } from 'playwright-core';
import { openProfile, servePages, writeConnection } from './sync-bench-browser';
import { hubRequests, pollUntil } from './sync-bench-page';
import type { PageSetup } from './sync-bench-transfer';

const REVIEW_DRAFTS = 10_000;
const DECISIONS = 40;
const WAIT_MS = 20_000;

const log = (line: string) => console.log(`[bench:sync] ${line}`);
const round = (value: number) => Math.round(value * 10) / 10;

interface Probes {
  installProbes: () => void;
  seedDrafts: (options: {
    projectId: string;
    count: number;
    batchSize: number;
    editorDraft: { id: string; text: string };
  }) => Promise<{ ms: number; total: number }>;
}

interface Sample {
  /** The page's clock just before the key was sent. */
  at: number;
  ms: number;
}

/** run-bench's probes (plain JavaScript, loaded by URL so TypeScript does not look for types). */
async function probes(): Promise<Probes> {
  const url = new URL('./page-probes.mjs', import.meta.url).href;
  return (await import(url)) as Probes;
}

const heading = async (page: Page) =>
  (await page.locator('header.review-header h2').textContent())?.trim() ?? '';

/** Opens the first draft of the queue (unless a draft is open) and approves `count`, each timed. */
async function decide(page: Page, count: number): Promise<Sample[]> {
  const { installProbes } = await probes();
  // The app reopens where the reviewer was (the review screen) or shows the queue.
  const review = page.locator('header.review-header h2');
  await page.getByRole('listbox').or(review).first().waitFor({ timeout: 120_000 });
  await page.evaluate(installProbes);
  if (!(await review.isVisible())) {
    await page.getByRole('listbox').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await review.waitFor();
  }
  const samples: Sample[] = [];
  for (let n = 0; n < count; n += 1) {
    // Outside the timed window: answer the required rating, then leave the form fields.
    const rated = await page.evaluate(async () => {
      const input = document.querySelector<HTMLInputElement>(
        'fieldset[data-question-id="quality"] input[value="4"]',
      );
      input?.click();
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      if (document.activeElement instanceof HTMLElement) {
        document.activeElement.blur();
      }
      return input?.checked === true;
    });
    if (!rated) {
      throw new Error('Could not answer the required rating question.');
    }
    const before = await heading(page);
    const at = await page.evaluate((t) => {
      (window as unknown as { __bench: { armHeader(t: number): void } }).__bench.armHeader(t);
      return performance.now();
    }, WAIT_MS);
    await page.keyboard.press('a');
    const sample = await page.evaluate(
      () =>
        (window as unknown as { __bench: { result: Promise<{ ms: number; heading: string }> } })
          .__bench.result,
    );
    if (sample.heading.trim() === before) {
      throw new Error('Approve did not move to another draft.');
    }
    samples.push({ at, ms: sample.ms });
  }
  return samples;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const stats = (samples: readonly Sample[]) => {
  const ms = samples.map((sample) => sample.ms);
  return { samples: ms.length, p50: round(percentile(ms, 50)), p95: round(percentile(ms, 95)) };
};

/** See the module comment; `high` is the hub's log size, `setup.user` the reviewer. */
export async function measureReviewDuringPull(setup: PageSetup, high: number) {
  const server = await servePages(setup.distDir, setup.port, setup.hub.url);
  const profile = await openProfile(server.origin, 'review');
  const { page } = profile;
  try {
    await page.goto('/');
    await page.getByTestId('onboarding').getByRole('textbox').fill('Bench Reviewer');
    await page.keyboard.press('Enter');
    await page.getByTestId('onboarding').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Load the demo queue' }).click();
    await page.getByRole('listbox').waitFor();
    const { seedDrafts } = await probes();
    const seeded = await page.evaluate(seedDrafts, {
      projectId: 'loupe-demo',
      count: REVIEW_DRAFTS,
      batchSize: 5_000,
      editorDraft: { id: 'bench-review-first', text: '# First\n\nA short draft.' },
    });
    log(`review: ${seeded.total} drafts stored in the demo project`);
    await page.reload();
    const off = await decide(page, DECISIONS);
    log(`review, sync off: p95 ${stats(off).p95} ms`);

    await writeConnection(page, setup.hub.url, setup.user);
    await page.reload({ waitUntil: 'commit' });
    const during = await decide(page, DECISIONS);
    const cursor = await page.evaluate(pollUntil, {
      what: 'cursor' as const,
      target: 0,
      pollMs: 0,
      timeoutMs: 0,
    });
    let inPull = during;
    if (cursor.value >= high) {
      // The pull ended within the samples: keep those whose key came before its last page.
      const pulls = (await page.evaluate(hubRequests, new URL(setup.hub.url).origin)).filter(
        (request) => request.path === '/v1/sync/pull',
      );
      const pullEnd = Math.max(...pulls.map((request) => request.end));
      inPull = during.filter((sample) => sample.at < pullEnd);
    }
    log(
      `review, during the pull: ${inPull.length} of ${during.length} decisions while it ran ` +
        `(cursor ${cursor.value} of ${high} after the last); p95 ${stats(inPull).p95} ms`,
    );
    return {
      drafts: seeded.total,
      off: stats(off),
      duringPull: { ...stats(inPull), sent: during.length, cursorAfter: cursor.value },
    };
  } finally {
    await profile.close();
    await server.close();
  }
}
