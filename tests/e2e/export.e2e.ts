/**
 * Issue 13 point 8: after reviewing demo drafts (approvals, an edit in Chinese, an escalation),
 * an evaluator exports OpenAI DPO pairs and Parquet from the browser build (real IndexedDB,
 * files as downloads); the files, the manifest and the excluded counts are checked, Parquet is
 * read back with DuckDB, and the dialog passes axe in both languages (screenshots saved).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openWithDuckDb } from '../shared/export/formats/support/duckdb';
import { ExportPage } from './pages/export-page';
import { axeViolations, saveScreenshot, useReviewSession } from './support/review-session';

const EDITED_TEXT = '您好，退款將於 14 天內退回您的信用卡。';
const ESCALATION_NOTE = 'The refund window contradicts the policy excerpt.';
const APPROVALS = 3;

/** The whole dialog in one picture: a window tall enough that it does not scroll. */
async function screenshotDialog(page: Page, name: string): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 1280, height: 2000 });
  await saveScreenshot(page, name);
  if (size !== null) {
    await page.setViewportSize(size);
  }
}

interface Manifest {
  format: string;
  counts: { records: number; byDecision: Record<string, number> };
  excluded: Record<string, number>;
  files: { name: string; bytes: number; sha256: string }[];
  source: { kind: string };
}

async function bytesOf(download: Download | undefined): Promise<Buffer> {
  if (download === undefined) {
    throw new Error('the download did not come');
  }
  return readFile((await download.path()) ?? '');
}

/** The manifest, after checking each data file's size and SHA-256 against the downloads. */
async function checkedManifest(downloads: Map<string, Download>): Promise<Manifest> {
  const manifest = JSON.parse(
    (await bytesOf(downloads.get('manifest.json'))).toString('utf8'),
  ) as Manifest;
  for (const file of manifest.files) {
    const bytes = await bytesOf(downloads.get(file.name));
    expect(file.bytes, file.name).toBe(bytes.byteLength);
    expect(file.sha256, file.name).toBe(createHash('sha256').update(bytes).digest('hex'));
  }
  return manifest;
}

describe('exporting a labelled set from the app', () => {
  const start = useReviewSession();

  it(
    'exports DPO pairs and Parquet after a review, with a manifest that matches the files',
    { timeout: 150_000 },
    async () => {
      const { session, queue, review } = await start({ locale: 'en-US', language: 'en' });
      const { page } = session;
      await queue.openByKeyboard(0);
      await review.waitUntilShown();
      for (let i = 0; i < APPROVALS; i += 1) {
        await review.approve(5);
      }
      const editedId = await review.edit(EDITED_TEXT, 2);
      const escalatedId = await review.escalate(1, ESCALATION_NOTE);
      await review.backToQueue();
      await queue.waitUntilShown();
      // The summary follows the last decision once it is stored; read pending after that.
      await expect.poll(() => queue.count('escalated')).toBe(1);
      await expect.poll(() => queue.count('approved')).toBe(APPROVALS);
      await expect.poll(() => queue.count('edited')).toBe(1);
      const pending = await queue.count('pending');

      const exporter = new ExportPage(page, 'en');
      await exporter.openByKey();
      expect(await exporter.counts('preview')).toEqual({
        'All records': String(APPROVALS + 1),
        Approved: String(APPROVALS),
        Edited: '1',
      });
      expect(await exporter.counts('excluded')).toEqual({
        'Escalated (not gold)': '1',
        'Pending (not gold)': String(pending),
      });
      expect(await axeViolations(page), 'axe on the export dialog').toEqual([]);
      await screenshotDialog(page, 'export-dialog-en');

      // OpenAI DPO: one pair, from the edit; the approvals have no pair.
      await exporter.chooseFormat('dpo');
      const dpo = await exporter.exportAndCatch(2);
      expect([...dpo.keys()].sort()).toEqual(['data.jsonl', 'manifest.json']);
      expect(await axeViolations(page), 'axe on the finished export').toEqual([]);
      const lines = (await bytesOf(dpo.get('data.jsonl'))).toString('utf8').trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      const pair = JSON.parse(lines[0] ?? '') as {
        input: { messages: { role: string; content: string }[] };
        preferred_output: { role: string; content: string }[];
        non_preferred_output: { role: string; content: string }[];
      };
      expect(pair.preferred_output).toEqual([{ role: 'assistant', content: EDITED_TEXT }]);
      expect(pair.non_preferred_output[0]?.content).not.toBe(EDITED_TEXT);
      expect(pair.input.messages.length).toBeGreaterThan(0);
      const dpoManifest = await checkedManifest(dpo);
      expect(dpoManifest.format).toBe('dpo');
      expect(dpoManifest.source.kind).toBe('local');
      expect(dpoManifest.counts.records).toBe(1);
      expect(dpoManifest.excluded).toMatchObject({
        escalated: 1,
        pending,
        'not-applicable': APPROVALS,
      });

      // Parquet of the same set: every gold record, read back with DuckDB.
      await exporter.again();
      await exporter.chooseFormat('parquet');
      const parquet = await exporter.exportAndCatch(2);
      const parquetManifest = await checkedManifest(parquet);
      expect(parquetManifest.counts.byDecision).toMatchObject({ approved: APPROVALS, edited: 1 });
      expect(parquetManifest.excluded).toMatchObject({ escalated: 1, pending });
      const duck = await openWithDuckDb(await bytesOf(parquet.get('data.parquet')), 'parquet');
      try {
        const rows = await duck.query(
          `SELECT id, decision, "final" FROM read_parquet('${duck.path}') ORDER BY id`,
        );
        expect(rows).toHaveLength(APPROVALS + 1);
        expect(rows.find((row) => row.id === editedId)).toEqual({
          id: editedId,
          decision: 'edited',
          final: EDITED_TEXT,
        });
        expect(rows.some((row) => row.id === escalatedId)).toBe(false);
      } finally {
        duck.close();
      }
    },
  );

  it('shows the dialog in Traditional Chinese, accessible', { timeout: 90_000 }, async () => {
    const { session, queue } = await start({ locale: 'zh-TW', language: 'zh-TW' });
    await queue.waitUntilShown();
    const exporter = new ExportPage(session.page, 'zh-TW');
    await exporter.openFromQueue();
    expect(await axeViolations(session.page), 'axe on the export dialog').toEqual([]);
    await screenshotDialog(session.page, 'export-dialog-zh-TW');
  });
});
