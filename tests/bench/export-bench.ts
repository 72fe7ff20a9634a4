/**
 * The export's figures for `npm run bench` (DESIGN.md: export 100k labelled records, JSON Lines
 * ≤ 5 s, Parquet ≤ 10 s, memory flat). Run under tsx in a process of its own by
 * export-bench.mjs, so the resident size it reports is the export's alone. Each format is timed
 * from drafts and events in (generated on the fly, never all in memory) to the file closed on
 * disk, through the same `runExport` and writers the app, the hub and the CLI use. The baseline,
 * in the same run: the same drafts and events written as one plain `JSON.stringify` line each.
 *
 * Writes its figures as JSON to the path given as the first argument.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { DecisionEvent } from '../../shared/domain/decision-event';
import type { Draft } from '../../shared/domain/draft';
import type { RecordProject } from '../../shared/export/build-record';
import { createFormatWriter } from '../../shared/export/formats';
import type { ExportItem } from '../../shared/export/run-export';
import { runExport } from '../../shared/export/run-export';
import type { ExportFormat } from '../../shared/export/loupe-record';

const RECORDS = Number(process.env.LOUPE_BENCH_EXPORT_RECORDS ?? 100_000);

const project: RecordProject = {
  id: 'bench-project',
  name: 'Bench',
  rubric: {
    questions: [
      {
        id: 'quality',
        kind: 'rating',
        label: { en: 'Quality', 'zh-TW': '品質' },
        required: true,
        scale: { min: 1, max: 5 },
      },
    ],
  },
};

const ENGLISH =
  'Thanks for reaching out. We have checked order A-1024 and the refund of NT$1,280 will go ' +
  'back to the original card within five business days. ';
const CHINESE = '親愛的客戶您好，感謝您的來信。退款金額 NT$1,280 將於五個工作天內退回原信用卡。';

/** About 1 KB of draft text, English or Traditional Chinese, different per draft. */
function draftText(n: number): string {
  const base = n % 3 === 0 ? CHINESE.repeat(6) : ENGLISH.repeat(6);
  return `${base}(ref ${n})`;
}

const id = (prefix: string, n: number) => `${prefix}${String(n).padStart(7, '0')}`;

function eventOf(n: number, kind: 'approve' | 'edit' | 'escalate', text: string): DecisionEvent {
  const payload =
    kind === 'approve'
      ? { labels: { quality: 4 } }
      : kind === 'edit'
        ? { finalText: `${text.slice(0, -20)} — edited by the reviewer.`, labels: { quality: 2 } }
        : { reasonId: 'factual-error', note: 'The amount is wrong.' };
  return {
    eventId: `01JBENCH${String(n).padStart(18, '0')}`,
    kind,
    draftId: id('d', n),
    projectId: project.id,
    reviewerId: `reviewer-${n % 4}`,
    deviceId: `device-${n % 4}`,
    deviceSeq: Math.floor(n / 4) + 1,
    parents: [],
    payload,
    payloadHash: '0'.repeat(64),
    activeMs: 5_000 + (n % 7_000),
    clientTime: new Date(Date.UTC(2026, 10, 1) + n * 60_000).toISOString(),
    schemaVersion: 3,
    appVersion: '0.1.0',
    guidelinesVersion: 1,
  };
}

/** Drafts in export order (one project, ids padded so string order is number order). */
function* items(): Generator<ExportItem> {
  for (let n = 0; n < RECORDS; n += 1) {
    const text = draftText(n);
    const draft: Draft = {
      id: id('d', n),
      projectId: project.id,
      prompt: 'Reply to the customer about their refund.',
      context: [{ kind: 'ticket', title: `Ticket ${n}`, text: 'Where is my refund?' }],
      draft: text,
      model: { name: 'gpt-bench', version: `v${n % 3}` },
      promptVersion: 'p1',
      metadata: { spans: [{ start: 0, end: 6, label: 'greeting' }] },
      priority: 0,
      createdAt: '2026-11-01T00:00:00.000Z',
    };
    // 60% approved, 30% edited, 10% escalated (left out, counted in the manifest).
    const kind = n % 10 < 6 ? 'approve' : n % 10 < 9 ? 'edit' : 'escalate';
    yield { draft, events: [eventOf(n, kind, text)], project };
  }
}

/** Peak resident size above the start, sampled every 20 ms while `work` runs. */
async function measured<T>(work: () => Promise<T>) {
  globalThis.gc?.();
  const startRss = process.memoryUsage.rss();
  let peak = startRss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  const started = performance.now();
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return {
      value,
      ms: performance.now() - started,
      peakGrowthMb: (peak - startRss) / 2 ** 20,
      startMb: startRss / 2 ** 20,
    };
  } finally {
    clearInterval(timer);
  }
}

/** A file sink that waits for the disk when the stream's buffer is full. */
function fileSink(folder: string) {
  const streams = new Map<string, ReturnType<typeof createWriteStream>>();
  return {
    async write(name: string, chunk: Uint8Array) {
      let stream = streams.get(name);
      if (stream === undefined) {
        stream = createWriteStream(join(folder, name));
        streams.set(name, stream);
      }
      if (!stream.write(chunk)) {
        await once(stream, 'drain');
      }
    },
    async close() {
      await Promise.all(
        [...streams.values()].map((stream) => new Promise((done) => stream.end(done))),
      );
    },
  };
}

async function exportAs(format: ExportFormat, folder: string) {
  const sink = fileSink(folder);
  const manifest = await runExport({
    items: items(),
    createWriter: () => createFormatWriter(format, { labels: [{ id: 'quality', kind: 'rating' }] }),
    sink: (name, chunk) => sink.write(name, chunk),
    filters: {},
    appVersion: '0.1.0',
    source: { kind: 'local', snapshot: 'bench' },
    createSha256: () => createHash('sha256'),
  });
  await sink.close();
  const file = manifest.files[0];
  return {
    records: RECORDS,
    bytes: file === undefined ? 0 : (await stat(join(folder, file.name))).size,
  };
}

async function baseline(folder: string) {
  const stream = createWriteStream(join(folder, 'baseline.jsonl'));
  for (const item of items()) {
    if (!stream.write(`${JSON.stringify(item)}\n`)) {
      await once(stream, 'drain');
    }
  }
  await new Promise((done) => stream.end(done));
  return { records: RECORDS, bytes: (await stat(join(folder, 'baseline.jsonl'))).size };
}

async function main() {
  const out = process.argv[2];
  if (out === undefined) {
    throw new Error('usage: export-bench.ts OUT.json');
  }
  const folder = await mkdtemp(join(tmpdir(), 'loupe-export-bench-'));
  try {
    const plain = await measured(() => baseline(folder));
    const loupe = await measured(() => exportAs('loupe', join(folder)));
    await rm(join(folder, 'data.jsonl'), { force: true });
    const parquet = await measured(() => exportAs('parquet', folder));
    await writeFile(out, JSON.stringify({ records: RECORDS, plain, loupe, parquet }));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
