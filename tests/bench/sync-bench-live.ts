/**
 * A's decision → B's open queue (DESIGN.md: p95 ≤ 1 s). Two reviewers, each in a Chromium
 * profile of their own (a browser each), connected to one hub and both on the same project's
 * queue once their first pull is done. A opens the first draft and approves drafts by keyboard
 * (A); B's queue list stays open, its active row moved (outside the timed window) to the draft
 * A is about to decide, so the row is in view. Timed from A's keydown (Date.now() in A's page,
 * capture phase) to one frame after B's row showed "approved" (Date.now() in B's page, seen by a
 * MutationObserver) — both clocks are this machine's. Each leg is found from resource timing:
 * A's push of the decision, and B's pull that brought it.
 */
import type { Page } from 'playwright-core';
import type { BenchUser, HubAt } from './hub-bench-client';
import { connectProfile, openProfile, servePages, type Profile } from './sync-bench-browser';
import {
  armRowWatch,
  awaitRowWatch,
  hubRequests,
  pollUntil,
  recordKeys,
  recordedKeys,
  rowInList,
} from './sync-bench-page';
import { percentile } from './sync-bench-review';
import { helloOf } from './sync-bench-seed';

const log = (line: string) => console.log(`[bench:sync] ${line}`);
const round = (value: number) => Math.round(value * 10) / 10;
const WATCH_MS = 15_000;
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

export interface LiveSetup {
  distDir: string;
  port: number;
  hub: HubAt;
  a: BenchUser;
  b: BenchUser;
  decisions: number;
}

const draftOnScreen = async (page: Page) => {
  const text = (await page.locator('header.review-header h2').textContent()) ?? '';
  const id = /bench-d-\d+/.exec(text)?.[0];
  if (id === undefined) {
    throw new Error(`A's review screen shows no bench draft: "${text}"`);
  }
  return id;
};

/** The page's hub requests of `path`, on the wall clock. */
async function requestsOn(page: Page, origin: string, path: string) {
  const timeOrigin = await page.evaluate(() => performance.timeOrigin);
  return (await page.evaluate(hubRequests, origin))
    .filter((request) => request.path === path)
    .map((request) => ({ start: timeOrigin + request.start, end: timeOrigin + request.end }));
}

/** Opens the app connected as `user` and waits for its first pull to reach `high`. */
async function openConnected(origin: string, setup: LiveSetup, user: BenchUser, high: number) {
  const profile = await openProfile(origin, user.name);
  await connectProfile(profile.page, setup.hub.url, user);
  await profile.page.reload();
  await profile.page.evaluate(pollUntil, {
    what: 'cursor' as const,
    target: high,
    pollMs: 100,
    timeoutMs: 600_000,
  });
  await profile.page.getByRole('listbox').waitFor();
  return profile;
}

export async function measureLive(setup: LiveSetup) {
  const server = await servePages(setup.distDir, setup.port, setup.hub.url);
  const origin = new URL(setup.hub.url).origin;
  const { high } = await helloOf(setup.hub, setup.a);
  const opened: Profile[] = [];
  try {
    const a = await openConnected(server.origin, setup, setup.a, high);
    opened.push(a);
    const b = await openConnected(server.origin, setup, setup.b, high);
    opened.push(b);
    log(`live: A and B hold the hub's ${high} records`);

    await a.page.getByRole('listbox').focus();
    await a.page.keyboard.press('Home');
    await a.page.keyboard.press('Enter');
    await a.page.locator('header.review-header h2').waitFor();
    await a.page.evaluate(recordKeys);
    await b.page.getByRole('listbox').focus();
    await b.page.keyboard.press('Home');

    const samples: { draftId: string; keyAt: number; seenAt: number | null }[] = [];
    for (let n = 0; n < setup.decisions; n += 1) {
      const draftId = await draftOnScreen(a.page);
      if (n > 0) {
        await b.page.keyboard.press('ArrowDown');
      }
      if (!(await b.page.evaluate(rowInList, draftId))) {
        throw new Error(`B's queue does not show ${draftId}`);
      }
      const already = await b.page.evaluate(armRowWatch, {
        draftId,
        status: 'approved',
        timeoutMs: WATCH_MS,
      });
      if (already) {
        throw new Error(`${draftId} was approved before A decided it`);
      }
      const keys = (await a.page.evaluate(recordedKeys)).length;
      await a.page.evaluate(() => {
        if (document.activeElement instanceof HTMLElement) {
          document.activeElement.blur();
        }
      });
      await a.page.keyboard.press('a');
      const seenAt = await b.page.evaluate(awaitRowWatch);
      const keyAt = (await a.page.evaluate(recordedKeys))[keys]?.at;
      if (keyAt === undefined) {
        throw new Error("A's keydown was not recorded");
      }
      await a.page.waitForFunction(
        (before) =>
          !document.querySelector('header.review-header h2')?.textContent?.includes(before),
        draftId,
      );
      samples.push({ draftId, keyAt, seenAt });
      // A reviewer's pace is seconds; a short, varied pause keeps decisions from batching.
      await pause(300 + ((n * 137) % 400));
    }

    const pushes = await requestsOn(a.page, origin, '/v1/sync/push');
    const pulls = await requestsOn(b.page, origin, '/v1/sync/pull');
    const legs = samples.map(({ keyAt, seenAt }) => {
      const pushed = pushes.find((request) => request.start >= keyAt);
      const pulled =
        pushed === undefined ? undefined : pulls.find((request) => request.start >= pushed.end);
      return {
        // A decision B never showed counts as the watch's whole 15 s (a lower bound).
        total: (seenAt ?? keyAt + WATCH_MS) - keyAt,
        toPush: pushed === undefined ? null : pushed.start - keyAt,
        push: pushed === undefined ? null : pushed.end - pushed.start,
        toPull: pushed === undefined || pulled === undefined ? null : pulled.start - pushed.end,
        pull: pulled === undefined ? null : pulled.end - pulled.start,
        toScreen: pulled === undefined || seenAt === null ? null : seenAt - pulled.end,
      };
    });
    const median = (pick: (leg: (typeof legs)[number]) => number | null) => {
      const values = legs.map(pick).filter((value): value is number => value !== null);
      return values.length === 0 ? null : round(percentile(values, 50));
    };
    const totals = legs.map((leg) => leg.total);
    const hubTimes = legs
      .map((leg) => (leg.push === null || leg.pull === null ? null : leg.push + leg.pull))
      .filter((value): value is number => value !== null);
    const result = {
      decisions: samples.length,
      seen: samples.filter((sample) => sample.seenAt !== null).length,
      p50: round(percentile(totals, 50)),
      p95: round(percentile(totals, 95)),
      max: round(Math.max(...totals)),
      /** A's push and B's pull alone (time in flight), per decision. */
      hubOnly: { p50: round(percentile(hubTimes, 50)), p95: round(percentile(hubTimes, 95)) },
      medianLegs: {
        keyToPush: median((leg) => leg.toPush),
        push: median((leg) => leg.push),
        pushToPull: median((leg) => leg.toPull),
        pull: median((leg) => leg.pull),
        pullToScreen: median((leg) => leg.toScreen),
      },
    };
    log(
      `live: ${result.seen} of ${result.decisions} seen by B; p50 ${result.p50} ms, p95 ` +
        `${result.p95} ms, max ${result.max} ms; median legs ${JSON.stringify(result.medianLegs)}`,
    );
    return result;
  } finally {
    for (const profile of opened) {
      await profile.close();
    }
    await server.close();
  }
}
