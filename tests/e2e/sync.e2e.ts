import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Response, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from './pages/first-screen-page';
import { IMPORT_TEXT, ImportPage } from './pages/import-page';
import { QueuePage } from './pages/queue-page';
import { ReviewPage } from './pages/review-page';
import { SyncStatusPage } from './pages/sync-status-page';
import { SYNC_TEXT } from './pages/sync-text';
import { PublishPage, TeamHubPage } from './pages/team-hub-page';
import { axeViolations } from './support/review-session';
import { startStaticServer, type StaticServer } from './support/static-server';
import {
  localStatuses,
  metaValue,
  outboxOf,
  queueRowIds,
  queueRowStatuses,
} from './support/sync-readers';
import {
  inBothLanguages,
  joinTeam,
  launchTeamBrowser,
  saveShot,
  unexpectedProblems,
  type TeamMember,
} from './support/team-browser';
import { createTeamHub, freePort, type TeamHub } from './support/team-hub';

const rendererDir = fileURLToPath(new URL('../../dist/renderer', import.meta.url));
/** The demo queue's project id: the lead publishes it under this id. */
const PROJECT = 'loupe-demo';
const DEMO_DRAFTS = 48;

/** `promise`, or a failure naming `what` after `ms`. */
async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what} did not happen within ${ms} ms.`)), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

const isPush = (url: URL) => url.pathname === '/v1/sync/push';
const isPull = (url: URL) => url.pathname === '/v1/sync/pull';

// Issue 11, point 7: a lead and two reviewers, each in a browser profile of their own, share
// work through a real hub process — published, pulled, decided offline, caught up live, disputed,
// and nothing lost or doubled across a hub killed mid-push or an app reloaded mid-sync.
describe('a team syncing through a real hub', () => {
  let server: StaticServer;
  let hub: TeamHub;
  let browser: Browser;
  let fileDir: string;
  const tokens = { lead: '', ann: '', bo: '' };
  let lead: TeamMember;
  let ann: TeamMember;
  let bo: TeamMember;
  /** Draft ids in queue order (the same on every replica). */
  let order: string[] = [];

  const members = () => [lead, ann, bo].filter((member) => member !== undefined);
  const expectHealthy = () => {
    for (const member of members()) {
      expect(unexpectedProblems(member, hub.url), `${member.name}: page problems`).toEqual([]);
    }
  };
  const status = (member: TeamMember) => new SyncStatusPage(member.page, member.language);

  beforeAll(async () => {
    fileDir = await mkdtemp(join(tmpdir(), 'loupe-sync-e2e-'));
    // The hub's port is fixed for the test: the page's CSP names it, the apps keep its address.
    const port = await freePort();
    server = await startStaticServer(rendererDir, 0, { hubOrigin: `http://127.0.0.1:${port}` });
    hub = await createTeamHub(server.origin, port);
    tokens.lead = await hub.addUser('lee', 'lead');
    [tokens.ann, tokens.bo] = await Promise.all([
      hub.addUser('ann', 'reviewer'),
      hub.addUser('bo', 'reviewer'),
    ]);
    await hub.start();
    browser = await launchTeamBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await hub?.dispose();
    await server?.close();
    if (fileDir !== undefined) {
      await rm(fileDir, { recursive: true, force: true });
    }
  });

  it('the lead publishes the demo project; the connected reviewers get its queue by pull', async () => {
    // The reviewers start with an empty app and connect while the lead sets up.
    const joining = Promise.all([
      joinTeam(browser, server.origin, { name: 'Ann', language: 'en' }),
      joinTeam(browser, server.origin, { name: '林柏', language: 'zh-TW' }),
    ]).then(async (reviewers) => {
      for (const [member, token, user] of [
        [reviewers[0], tokens.ann, 'ann'],
        [reviewers[1], tokens.bo, 'bo'],
      ] as const) {
        const screen = new TeamHubPage(member.page, member.language);
        await screen.openSettings();
        const text = SYNC_TEXT[member.language];
        expect(await screen.connect(hub.url, token)).toContain(
          text.connectedAs(user, text.roles.reviewer),
        );
        await screen.closeSettings();
        await status(member).waitFor(['synced']);
      }
      return reviewers;
    });
    joining.catch(() => undefined); // awaited below; a failure is reported there

    lead = await joinTeam(browser, server.origin, { name: 'Lee Chen', language: 'en' });
    await new QueuePage(lead.page, 'en').loadDemoByKeyboard();
    const teamHub = new TeamHubPage(lead.page, 'en');
    await teamHub.openSettings();
    expect(await teamHub.connect(hub.url, tokens.lead)).toContain(
      SYNC_TEXT.en.connectedAs('lee', SYNC_TEXT.en.roles.lead),
    );
    expect(await axeViolations(lead.page), 'axe on Settings → Team hub').toEqual([]);
    await teamHub.closeSettings();
    await inBothLanguages(lead, async (language) => {
      const screen = new TeamHubPage(lead.page, language);
      await screen.openSettings();
      await saveShot(screen.section(), `sync-team-hub-connected-${language}`);
      await screen.closeSettings();
    });
    expect(await status(lead).waitFor(['synced'])).toBe('synced');
    await inBothLanguages(lead, (language) =>
      saveShot(new SyncStatusPage(lead.page, language).header(), `sync-header-synced-${language}`),
    );

    // Connected, synced, and nothing to review yet: the demo project is only on the lead's side.
    [ann, bo] = await joining;
    for (const member of [ann, bo]) {
      await member.page.getByTestId('empty-queue').waitFor();
    }

    const publish = new PublishPage(lead.page, 'en');
    await publish.open();
    const counts = await publish.publish();
    expect(counts['New on the hub']).toBe(String(DEMO_DRAFTS));
    await publish.onHubBadge().waitFor();
    await publish.close();

    // The hub pokes the reviewers; their apps pull the project and open its queue by themselves.
    for (const member of [ann, bo]) {
      await new QueuePage(member.page, member.language).waitUntilShown();
      await status(member).waitFor(['synced']);
      const statuses = await localStatuses(member.page, PROJECT);
      expect(statuses.size).toBe(DEMO_DRAFTS);
      expect(new Set(statuses.values())).toEqual(new Set(['pending']));
    }
    order = await queueRowIds(ann.page);
    expect(await queueRowIds(bo.page)).toEqual(order);
    expect(order.length).toBeGreaterThanOrEqual(13);
    expectHealthy();
  });

  it("decisions made with the hub stopped wait, then reach B's open queue without a reload", async () => {
    const annQueue = new QueuePage(ann.page, 'en');
    const annReview = new ReviewPage(ann.page, 'en');
    // A mark in Bo's page: still there at the end means Bo's page never reloaded.
    await bo.page.evaluate(() => {
      (window as unknown as { untouched: boolean }).untouched = true;
    });

    await hub.stop();
    await annQueue.openByKeyboard(0);
    await annReview.waitUntilShown();
    const decided: Record<string, string> = {};
    decided[await annReview.approve(5)] = 'approved';
    decided[await annReview.approve(4)] = 'approved';
    decided[await annReview.escalate(1, 'The refund policy quoted is out of date.')] = 'escalated';
    decided[await annReview.approve(3)] = 'approved';
    expect(Object.keys(decided)).toEqual(order.slice(0, 4));

    // Offline, and how many decisions wait.
    const annStatus = status(ann);
    expect(await annStatus.waitFor(['offline'])).toBe('offline');
    // Polled: between backoff retries the status turns to "Syncing…" for the attempt and back.
    await expect.poll(() => annStatus.label()).toMatch(/^Offline/);
    await expect.poll(() => annStatus.waitingChip()).toBe(SYNC_TEXT.en.waiting(4));
    await inBothLanguages(ann, async (language) => {
      const shown = new SyncStatusPage(ann.page, language);
      await saveShot(shown.header(), `sync-header-offline-${language}`);
      await shown.openPanel();
      await saveShot(shown.panel(), `sync-panel-offline-${language}`);
      await shown.closePanel();
    });
    const before = await queueRowStatuses(bo.page);
    expect(order.slice(0, 4).map((id) => before[id])).toEqual(Array(4).fill('pending'));

    await hub.start();
    // Ann pushes on her next retry; the hub pokes Bo, whose open queue pulls and repaints.
    await expect
      .poll(() => queueRowStatuses(bo.page), { timeout: 45_000, interval: 250 })
      .toMatchObject(decided);
    expect(
      await bo.page.evaluate(() => (window as unknown as { untouched?: boolean }).untouched),
    ).toBe(true);
    await annStatus.waitFor(['synced']);
    expect(await annStatus.waitingChip()).toBeNull();
    expectHealthy();
  });

  it('A and B decide one draft differently, one after the other, and both see it disputed', async () => {
    const annReview = new ReviewPage(ann.page, 'en');
    const boQueue = new QueuePage(bo.page, 'zh-TW');
    const boReview = new ReviewPage(bo.page, 'zh-TW');
    // Ann approves the fifth draft; it reaches Bo's queue; Bo, seeing it, escalates it.
    const draft = order[4] ?? '';
    expect(await annReview.currentId()).toBe(draft);
    await annReview.approve(4);
    await expect
      .poll(async () => (await queueRowStatuses(bo.page))[draft], { timeout: 30_000 })
      .toBe('approved');
    await boQueue.openByKeyboard(4);
    await boReview.waitForDraft(draft);
    await boReview.escalate(2, '回覆內容與政策不符。');
    await boReview.backToQueue();
    await boQueue.waitUntilShown();

    // Neither decision replaces the other: the draft is disputed on both machines and the hub.
    await expect
      .poll(async () => (await queueRowStatuses(bo.page))[draft], { timeout: 30_000 })
      .toBe('disputed');
    await annReview.backToQueue();
    await new QueuePage(ann.page, 'en').waitUntilShown();
    await expect
      .poll(async () => (await queueRowStatuses(ann.page))[draft], { timeout: 30_000 })
      .toBe('disputed');
    expect(hub.draftStatuses(PROJECT).get(draft)).toBe('disputed');
    await status(bo).waitFor(['synced']);
    await saveShot(bo.page, 'sync-queue-disputed-zh-TW');
    expectHealthy();
  });

  it("loses and doubles nothing when the hub is SIGKILLed in the middle of A's push", async () => {
    const annQueue = new QueuePage(ann.page, 'en');
    const annReview = new ReviewPage(ann.page, 'en');
    const annStatus = status(ann);
    // Ann's second push of a burst of decisions reaches the hub, which commits it and is
    // SIGKILLed before Ann hears the answer: the hub holds those events, Ann thinks they wait.
    let pushes = 0;
    let unanswered: { eventId: string | null; status: string; seq?: number }[] = [];
    let markCut = () => {};
    const cutDone = new Promise<void>((done) => {
      markCut = done;
    });
    const cutOff = async (route: Route) => {
      pushes += 1;
      if (pushes !== 2) {
        await route.continue();
        return;
      }
      const answered = await route.fetch();
      await hub.kill();
      unanswered = ((await answered.json()) as { results: typeof unanswered }).results;
      await route.abort('connectionreset');
      markCut();
    };
    await ann.page.route(isPush, cutOff);
    await annQueue.openByKeyboard(5);
    await annReview.waitForDraft(order[5] ?? '');
    const burst: string[] = [];
    for (let decision = 0; decision < 6; decision += 1) {
      burst.push(await annReview.approve(decision % 2 === 0 ? 4 : 5));
    }
    await within(cutDone, 15_000, "Ann's second push");
    await ann.page.unroute(isPush, cutOff);
    expect(unanswered.length).toBeGreaterThan(0);
    expect(unanswered.every((result) => result.status === 'accepted')).toBe(true);
    expect(await annStatus.waitFor(['offline'])).toBe('offline');
    const cut = await outboxOf(ann.page);
    const committed = new Set(unanswered.map((result) => result.eventId));
    // What the hub committed is still waiting on Ann's side, as is the rest of the burst.
    expect(cut.filter((row) => committed.has(row.eventId)).map((row) => row.state)).toEqual(
      [...committed].map(() => 'pending'),
    );

    // What the restarted hub answers Ann's pushes.
    const answers: { eventId: string | null; status: string; seq?: number }[] = [];
    const readAnswer = (response: Response) => {
      if (isPush(new URL(response.url())) && response.status() === 200) {
        void response
          .json()
          .then((body: { results: typeof answers }) => answers.push(...body.results))
          .catch(() => undefined);
      }
    };
    ann.page.on('response', readAnswer);
    await hub.start();
    await expect
      .poll(async () => (await outboxOf(ann.page)).every((row) => row.state === 'acked'), {
        timeout: 45_000,
        interval: 250,
      })
      .toBe(true);

    const outbox = await outboxOf(ann.page);
    expect(outbox).toHaveLength(11);
    expect(outbox.slice(-6).map((row) => row.draftId)).toEqual(burst);
    expect(outbox.map((row) => row.deviceSeq)).toEqual(outbox.map((_, index) => index + 1));
    // The committed ones went again: the hub called them duplicates, under the seqs it had
    // given them before it died; the rest of the burst was accepted once.
    ann.page.off('response', readAnswer);
    for (const result of unanswered) {
      expect(answers.filter((answer) => answer.eventId === result.eventId)).toEqual([
        {
          index: expect.any(Number) as unknown,
          eventId: result.eventId,
          status: 'duplicate',
          seq: result.seq,
        },
      ]);
      expect(outbox.find((row) => row.eventId === result.eventId)?.seq).toBe(result.seq);
    }
    for (const answer of answers) {
      expect(answer.status).toBe(committed.has(answer.eventId) ? 'duplicate' : 'accepted');
    }
    expect(new Set(answers.map((answer) => answer.eventId)).size).toBe(answers.length);
    const deviceId = await metaValue<string>(ann.page, 'deviceId');
    const log = await hub.pullAll(tokens.lead);
    // The hub's log: seqs 1…N without a gap, and every record once.
    expect(log.map((record) => record.seq)).toEqual(log.map((_, index) => index + 1));
    expect(new Set(log.map((record) => record.recordId)).size).toBe(log.length);
    const fromAnn = log.flatMap((record) =>
      record.kind === 'decision' && record.event.deviceId === deviceId ? [record] : [],
    );
    // Every one of Ann's events exactly once, under the seq Ann recorded, with the same content.
    expect(
      fromAnn.map((record) => ({
        eventId: record.recordId,
        deviceSeq: record.event.deviceSeq,
        seq: record.seq,
        payloadHash: record.event.payloadHash,
      })),
    ).toEqual(
      outbox.map((row) => ({
        eventId: row.eventId,
        deviceSeq: row.deviceSeq,
        seq: row.seq,
        payloadHash: row.payloadHash,
      })),
    );
    await annStatus.waitFor(['synced']);
    expectHealthy();
  });

  it('finishes the sync after A reloads in the middle of it, with the statuses the hub holds', async () => {
    const annStatus = status(ann);
    const boQueue = new QueuePage(bo.page, 'zh-TW');
    const boReview = new ReviewPage(bo.page, 'zh-TW');
    // Ann's first pull that brings records reaches the hub, but its answer is held: Ann is in
    // the middle of a sync when she reloads.
    let held = false;
    let release = () => {};
    const hold = async (route: Route) => {
      const answered = await route.fetch();
      const { records } = (await answered.json()) as { records: unknown[] };
      if (!held && records.length > 0) {
        held = true;
        await new Promise<void>((done) => {
          release = done;
        });
      }
      await route.fulfill({ response: answered }).catch(() => undefined);
    };
    await ann.page.route(isPull, hold);

    // Bo decides three drafts; the hub pokes Ann, who starts pulling them.
    await boQueue.openByKeyboard(11);
    await boReview.waitUntilShown();
    await boReview.approve(4);
    await boReview.approve(2);
    await boReview.skip();
    await boReview.backToQueue();
    await expect.poll(() => held, { timeout: 30_000 }).toBe(true);
    expect(await annStatus.kind()).toBe('syncing');
    await inBothLanguages(ann, (language) =>
      saveShot(new SyncStatusPage(ann.page, language).header(), `sync-header-syncing-${language}`),
    );

    await ann.page.unroute(isPull, hold);
    await ann.page.reload();
    release();
    // The app opens where Ann was (the review screen); the queue is one step back.
    const annReview = new ReviewPage(ann.page, 'en');
    await annReview.waitUntilShown();
    await annReview.backToQueue();
    await new QueuePage(ann.page, 'en').waitUntilShown();
    await annStatus.waitFor(['synced']);
    await status(bo).waitFor(['synced']);

    // Every draft's status on Ann's side and on Bo's is the one the hub derived (no row there:
    // no decision yet, pending), and Ann's cursor is at the end of the hub's log.
    const onAnn = await localStatuses(ann.page, PROJECT);
    expect(onAnn.size).toBe(DEMO_DRAFTS);
    const onHub = hub.draftStatuses(PROJECT);
    const hubView = new Map([...onAnn.keys()].map((id) => [id, onHub.get(id) ?? 'pending']));
    expect(onAnn).toEqual(hubView);
    expect([...onHub.keys()].filter((id) => !onAnn.has(id))).toEqual([]);
    expect(await localStatuses(bo.page, PROJECT)).toEqual(hubView);
    expect(hubView.get(order[11] ?? '')).toBe('approved');
    const log = await hub.pullAll(tokens.lead);
    expect(await metaValue<number>(ann.page, 'hubCursor')).toBe(log.at(-1)?.seq);
    const rows = await queueRowStatuses(ann.page);
    for (const [id, shown] of Object.entries(rows)) {
      expect(shown, id).toBe(hubView.get(id));
    }
    expectHealthy();
  });

  it("shows the decisions the hub refused, and a revoked token's error, in both languages", async () => {
    // The lead adds drafts to the published project on this machine only (an import into it),
    // and decides one: the hub never got that draft, so it refuses the decision (unknown_draft).
    const file = join(fileDir, 'late-drafts.jsonl');
    const late = (id: string) =>
      JSON.stringify({
        id,
        question: `Where is order ${id}?`,
        response: `Order ${id} ships tomorrow.`,
        priority: 9,
      });
    await writeFile(file, `${late('late-1')}\n${late('late-2')}\n`);
    const importer = new ImportPage(lead.page, 'en');
    await importer.chooseFile(file);
    await lead.page.getByRole('button', { name: IMPORT_TEXT.en.check }).click();
    await importer.report().waitFor();
    expect(await importer.importValidRows()).toContain('2');
    await importer.openQueue();
    const leadQueue = new QueuePage(lead.page, 'en');
    await leadQueue.waitUntilShown();
    await leadQueue.openByKeyboard(0);
    const leadReview = new ReviewPage(lead.page, 'en');
    await leadReview.waitForDraft('late-1');
    await leadReview.approve(4);

    const leadStatus = status(lead);
    await expect
      .poll(() => leadStatus.refusedChip(), { timeout: 30_000 })
      .toBe(SYNC_TEXT.en.refused(1));
    await leadStatus.openPanel();
    await leadStatus.refusedList().locator('.sync-rejected-item').first().waitFor();
    expect(await leadStatus.refusedDecisions()).toEqual([
      {
        what: expect.stringContaining('late-1') as unknown,
        reason: SYNC_TEXT.en.unknownDraft,
      },
    ]);
    expect(await axeViolations(lead.page), 'axe on the sync panel').toEqual([]);
    await leadStatus.closePanel();
    await inBothLanguages(lead, async (language: Language) => {
      const shown = new SyncStatusPage(lead.page, language);
      await saveShot(shown.header(), `sync-header-refused-${language}`);
      await shown.openPanel();
      await shown.refusedList().waitFor();
      await saveShot(shown.panel(), `sync-panel-refused-${language}`);
      await shown.closePanel();
    });

    // A second window of the lead's app: one window syncs at a time, this one waits its turn.
    const second = await lead.context.newPage();
    await second.goto(`${server.origin}/`);
    await new SyncStatusPage(second, 'en').waitFor(['standby']);
    await inBothLanguages({ ...lead, page: second }, (language) =>
      saveShot(new SyncStatusPage(second, language).header(), `sync-header-standby-${language}`),
    );
    await second.close();

    // Bo's token is revoked on the hub: Bo's next sync is refused, and the app says why.
    await hub.cli(['user', 'revoke', 'bo']);
    const boStatus = status(bo);
    await boStatus.openPanel();
    await boStatus.syncNow();
    await boStatus.waitFor(['error']);
    await boStatus.closePanel();
    await inBothLanguages(bo, async (language) => {
      const shown = new SyncStatusPage(bo.page, language);
      await saveShot(shown.header(), `sync-header-error-${language}`);
      await shown.openPanel();
      await saveShot(shown.panel(), `sync-panel-error-${language}`);
      await shown.closePanel();
    });
    expectHealthy();
  });
});
