/**
 * Issue 13 point 8, second half: the set an evaluator exports from the app is the set the
 * command line pulls from the hub. A lead publishes the demo project, decides on drafts (an
 * approval, an edit in Chinese, an escalation) and syncs; the app's export and `loupe-export`
 * run against the real hub process must then hold the same records — DPO pairs byte for byte,
 * and the full `loupe` records alike but for reviewer display names (the app knows only its own
 * user's; the hub names every reviewer from its user list).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportPage } from './pages/export-page';
import { QueuePage } from './pages/queue-page';
import { ReviewPage } from './pages/review-page';
import { SyncStatusPage } from './pages/sync-status-page';
import { PublishPage, TeamHubPage } from './pages/team-hub-page';
import { startStaticServer, type StaticServer } from './support/static-server';
import { joinTeam, launchTeamBrowser, type TeamMember } from './support/team-browser';
import { createTeamHub, freePort, type TeamHub } from './support/team-hub';

const root = fileURLToPath(new URL('../../', import.meta.url));
const rendererDir = join(root, 'dist/renderer');
const EDITED = '您好，退款將於 5 個工作天內退回原信用卡。';

/** Runs `loupe-export` as a user would; resolves to its exit code and what it printed. */
function loupeExport(args: readonly string[]) {
  return new Promise<{ code: number | null; out: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin/loupe-export.mjs'), ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, out }));
  });
}

async function bytesOf(download: Download | undefined): Promise<Buffer> {
  if (download === undefined) {
    throw new Error('the download did not come');
  }
  return readFile((await download.path()) ?? '');
}

type LoupeLine = { reviewers: { name: string }[] } & Record<string, unknown>;

/** The records of a `loupe` file without the reviewers' display names. */
function withoutNames(jsonl: Buffer): LoupeLine[] {
  return jsonl
    .toString('utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const record = JSON.parse(line) as LoupeLine;
      return { ...record, reviewers: record.reviewers.map((r) => ({ ...r, name: '' })) };
    });
}

describe('the same labelled set from the app and from the hub', () => {
  let server: StaticServer;
  let hub: TeamHub;
  let browser: Browser;
  let lead: TeamMember;
  let folder: string;
  let tokenFile: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'loupe-export-parity-'));
    const port = await freePort();
    server = await startStaticServer(rendererDir, 0, { hubOrigin: `http://127.0.0.1:${port}` });
    hub = await createTeamHub(server.origin, port);
    const leadToken = await hub.addUser('lee', 'lead');
    tokenFile = join(folder, 'evaluator.token');
    await writeFile(tokenFile, `${await hub.addUser('eva', 'evaluator')}\n`, { mode: 0o600 });
    await hub.start();
    browser = await launchTeamBrowser();

    lead = await joinTeam(browser, server.origin, { name: 'Lee Chen', language: 'en' });
    await new QueuePage(lead.page, 'en').loadDemoByKeyboard();
    const teamHub = new TeamHubPage(lead.page, 'en');
    await teamHub.openSettings();
    await teamHub.connect(hub.url, leadToken);
    await teamHub.closeSettings();
    const publish = new PublishPage(lead.page, 'en');
    await publish.open();
    await publish.publish();
    await publish.close();
  });

  afterAll(async () => {
    await browser?.close();
    await hub?.dispose();
    await server?.close();
    if (folder !== undefined) {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('gives the same DPO pairs, byte for byte, and the same full records', async () => {
    const queue = new QueuePage(lead.page, 'en');
    const review = new ReviewPage(lead.page, 'en');
    await queue.openByKeyboard(0);
    await review.waitUntilShown();
    await review.approve(5);
    await review.edit(EDITED, 2);
    await review.escalate(1, 'The amount contradicts the ticket.');
    await review.approve(4);
    await review.backToQueue();
    await new SyncStatusPage(lead.page, 'en').waitFor(['synced']);

    const app = new ExportPage(lead.page, 'en');
    await app.openFromQueue();
    await app.chooseFormat('dpo');
    const appDpo = await app.exportAndCatch(2);
    await app.again();
    await app.chooseFormat('loupe');
    const appLoupe = await app.exportAndCatch(2);

    const pulled: Record<string, Buffer> = {};
    for (const format of ['dpo', 'loupe']) {
      const out = join(folder, format);
      const run = await loupeExport([
        '--hub',
        hub.url,
        '--token-file',
        tokenFile,
        '--format',
        format,
        '--out',
        out,
      ]);
      expect(run.code, run.out).toBe(0);
      pulled[format] = await readFile(join(out, 'data.jsonl'));
    }

    const dpo = await bytesOf(appDpo.get('data.jsonl'));
    expect(dpo.toString('utf8')).toContain(EDITED);
    expect(dpo.toString('utf8').trim().split('\n')).toHaveLength(1);
    expect(dpo.equals(pulled.dpo ?? Buffer.alloc(0))).toBe(true);

    const appRecords = withoutNames(await bytesOf(appLoupe.get('data.jsonl')));
    expect(appRecords.map((record) => record.decision)).toEqual(['approved', 'edited', 'approved']);
    expect(withoutNames(pulled.loupe ?? Buffer.alloc(0))).toEqual(appRecords);
  });
});
