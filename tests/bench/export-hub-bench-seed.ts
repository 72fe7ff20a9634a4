/**
 * The labelled set of the hub export benchmark (export-hub-bench.ts), written straight into a
 * hub's database through the hub's own code, no HTTP: the project and its drafts through
 * `publishProject` / `publishDrafts` (what `POST /v1/projects[/…/drafts]` run after parsing the
 * body), the decisions through `appendEvents` (the hub's append, what a push runs after its
 * checks). Each call is one transaction of many drafts or events, the fastest the storage
 * allows, so 100k drafts and 100k decisions are in within a minute instead of 200 publish
 * requests and 500 pushes.
 *
 * Also the raw floor: one SELECT of the drafts' content rows and their decision rows with the
 * engine's plain driver (better-sqlite3, pg), no hub code in between.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { publishDrafts } from '../../hub/log/publish-drafts';
import { publishProject, type Writer } from '../../hub/log/publish-project';
import { sqliteFileIn } from '../../hub/storage/open-storage';
import type { HubStorage } from '../../hub/storage/storage';
import type { DecisionEvent, DecisionKind } from '../../shared/domain/decision-event';
import { draftInputSchema } from '../../shared/domain/draft-schema';
import { createUlidGenerator } from '../../shared/ids/ulid';
import { buildDecisionEvent } from '../../shared/review/build-decision-event';
import type { PublishProjectRequest } from '../../shared/sync/publish';
import { appendEvents } from './hub-bench-client';
import { benchDraft, benchProject, draftIdAt, PROJECT_ID } from './hub-bench-data';
import type { BenchDatabase } from './hub-bench-hub';

/** Reviewers the decisions are spread over (one device each). */
export const REVIEWERS = 4;
export const reviewerIdAt = (k: number) => `bench-r${k + 1}`;
export const deviceIdAt = (k: number) => `dev-r${k + 1}`;

/** The hub bench's project with a rubric, so CSV and Parquet have a typed label column. */
export const exportBenchProject = (): PublishProjectRequest => {
  const project = benchProject();
  return {
    ...project,
    settings: {
      ...project.settings,
      rubric: {
        questions: [
          {
            id: 'quality',
            kind: 'rating',
            label: { en: 'Quality', 'zh-TW': '品質' },
            required: false,
            scale: { min: 1, max: 5 },
          },
        ],
      },
    },
  };
};

/** The `n`th draft's one decision: 60% approve, 30% edit, 10% escalate (left out by default). */
export function kindAt(n: number): 'approve' | 'edit' | 'escalate' {
  const slot = n % 10;
  return slot < 6 ? 'approve' : slot < 9 ? 'edit' : 'escalate';
}

const REWRITE =
  '您好，退款 NT$1,280 已於 12 月 3 日處理。The refund reaches your card within five business ' +
  'days; 如有疑問請回覆此郵件。';

/**
 * The final text of the `n`th draft's edit. Most edits are light, as reviewers' are: the draft
 * with one amount corrected in its middle and a sentence added at the end. One edit in ten
 * rewrites the whole reply as a short one: the heavy case for the edit metrics (a distance of
 * most of the draft).
 */
export function editedText(n: number): string {
  if (Math.floor(n / 10) % 10 === 0) {
    return `${REWRITE} (${n})`;
  }
  const original = String(benchDraft(n).draft);
  const second = original.indexOf('NT$1,280', original.indexOf('NT$1,280') + 1);
  return (
    `${original.slice(0, second)}NT$1,380${original.slice(second + 'NT$1,280'.length)}` +
    '已更正金額。The amount was corrected by the reviewer.\n'
  );
}

function payloadOf(kind: DecisionKind, n: number) {
  if (kind === 'approve') {
    return { labels: { quality: 1 + (n % 5) } };
  }
  if (kind === 'edit') {
    return { finalText: editedText(n), labels: { quality: 2 + (n % 3) } };
  }
  return { reasonId: 'factual-error', note: `The amount does not match ticket ${n}.` };
}

/** One valid decision per draft (with its real payloadHash), reviewers taking turns. */
export async function buildExportEvents(drafts: number): Promise<DecisionEvent[]> {
  const newId = createUlidGenerator();
  const build = async (n: number): Promise<DecisionEvent> => {
    const k = n % REVIEWERS;
    const kind = kindAt(n);
    const built = await buildDecisionEvent({
      kind,
      payload: payloadOf(kind, n),
      projectId: PROJECT_ID,
      draftId: draftIdAt(n),
      parents: [],
      reviewerId: reviewerIdAt(k),
      deviceId: deviceIdAt(k),
      activeMs: 4_000 + (n % 7) * 900,
      appVersion: '0.1.0-bench',
      guidelinesVersion: 1,
      draftVersion: 1,
      newId,
    });
    return { ...built, deviceSeq: Math.floor(n / REVIEWERS) + 1 };
  };
  const events: DecisionEvent[] = [];
  // The hashes (crypto.subtle) are computed a thousand at a time, not one after another.
  for (let at = 0; at < drafts; at += 1_000) {
    const indexes = Array.from({ length: Math.min(1_000, drafts - at) }, (_, j) => at + j);
    events.push(...(await Promise.all(indexes.map(build))));
  }
  return events;
}

/** Drafts per transaction while seeding. */
const DRAFTS_PER_WRITE = 2_000;
const EVENTS_PER_WRITE = 10_000;

/** Publishes the project and `drafts` drafts as `leadId`, then appends `events`. */
export async function seedLabelledSet(
  storage: HubStorage,
  leadId: string,
  drafts: number,
  events: readonly DecisionEvent[],
) {
  const newId = createUlidGenerator();
  const writer = (): Writer => ({ userId: leadId, now: new Date().toISOString(), newId });
  await storage.write((sql) => publishProject(sql, writer(), exportBenchProject()));
  for (let at = 0; at < drafts; at += DRAFTS_PER_WRITE) {
    const batch = Array.from({ length: Math.min(DRAFTS_PER_WRITE, drafts - at) }, (_, j) =>
      draftInputSchema.parse(benchDraft(at + j)),
    );
    await storage.write((sql) => publishDrafts(sql, writer(), PROJECT_ID, batch));
  }
  for (let at = 0; at < events.length; at += EVENTS_PER_WRITE) {
    await appendEvents(storage, events.slice(at, at + EVENTS_PER_WRITE));
  }
}

/** Every draft's content row with its decision rows, in export order (drafts by id). */
const RAW_EXPORT_SQL = `
  SELECT d.project_id, d.draft_id, c.body AS content, e.body AS decision
  FROM drafts d
  JOIN hub_log c ON c.seq = d.content_seq
  LEFT JOIN hub_log e
    ON e.project_id = d.project_id AND e.draft_id = d.draft_id AND e.kind = 'decision'
  ORDER BY d.project_id, d.draft_id, e.seq`;

/**
 * The floor under any export: one SELECT of the same drafts and their decisions with the
 * engine's plain driver, rows materialised, bytes of text counted. No records are built.
 */
export async function rawExportSelect(database: BenchDatabase) {
  const measure = (rows: { content: string; decision: string | null }[], ms: number) => ({
    ms,
    rows: rows.length,
    bytes: rows.reduce(
      (sum, row) =>
        sum + Buffer.byteLength(row.content) + (row.decision ? Buffer.byteLength(row.decision) : 0),
      0,
    ),
  });
  if (database.databaseUrl === null) {
    const db = new Database(sqliteFileIn(database.dataDir), { readonly: true });
    try {
      const statement = db.prepare(RAW_EXPORT_SQL);
      const started = performance.now();
      const rows = statement.all() as { content: string; decision: string | null }[];
      return measure(rows, performance.now() - started);
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: database.databaseUrl });
  await client.connect();
  try {
    const started = performance.now();
    const result = await client.query<{ content: string; decision: string | null }>(RAW_EXPORT_SQL);
    return measure(result.rows, performance.now() - started);
  } finally {
    await client.end();
  }
}
