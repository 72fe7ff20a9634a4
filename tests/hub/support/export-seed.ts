/**
 * A small labelled set for the export tests (issue 13 points 5 and 6), published and decided
 * through the hub's real routes: a project with a rubric, drafts whose ids order differently
 * in UTF-16 and in UTF-8 (a character above U+FFFF against U+FF5E), Chinese and emoji text,
 * an approval, two edits, an escalation and a draft left pending. The expected bytes are made
 * with the shared writers from the same drafts and events.
 */
import type { DecisionEvent } from '../../../shared/domain/decision-event';
import { draftInputSchema, type DraftInputRaw } from '../../../shared/domain/draft-schema';
import type {
  ExportItem,
  ExportManifest,
  RecordProject,
  SplitOptions,
} from '../../../shared/export';
import { compareExportOrder, includesNonGold, runExport } from '../../../shared/export';
import type { ExportFilters, ExportFormat } from '../../../shared/export';
import { createFormatWriter } from '../../../shared/export/formats';
import type { PublishProjectRequest } from '../../../shared/sync/publish';
import { testDraft, testEvent } from './decisions';

/** One request to the hub as some user: `status` and the parsed JSON body. */
export type SendAs = (
  method: 'GET' | 'POST',
  url: string,
  payload?: unknown,
) => Promise<{ status: number; body: unknown }>;

export const EXPORT_PROJECT_ID = 'proj-x';

export const EXPORT_PROJECT: PublishProjectRequest = {
  projectId: EXPORT_PROJECT_ID,
  name: '客服回覆',
  settings: {
    guidelines: '# Guidelines\n\nCheck amounts.',
    escalationReasons: [
      { id: 'factual-error', label: { en: 'Factual error', 'zh-TW': '事實錯誤' } },
    ],
    rubric: {
      questions: [
        {
          id: 'tone',
          kind: 'single',
          label: { en: 'Tone', 'zh-TW': '語氣' },
          required: false,
          options: [
            { id: 'polite', label: { en: 'Polite', 'zh-TW': '有禮' } },
            { id: 'curt', label: { en: 'Curt', 'zh-TW': '草率' } },
          ],
        },
        {
          id: 'score',
          kind: 'rating',
          label: { en: 'Score', 'zh-TW': '分數' },
          required: false,
          scale: { min: 1, max: 5 },
        },
      ],
    },
  },
};

/** U+1F600 sorts before U+FF5E by UTF-16 code units and after it by UTF-8 bytes. */
export const EMOJI_ID = 'd-\u{1F600}';
export const TILDE_ID = 'd-\uFF5E';
export const EXPORT_DRAFT_IDS = ['d-a', 'd-b', 'd-中文', TILDE_ID, EMOJI_ID];

export const EDITED_ZH = '您的退款 NT$1,280 已於 12 月 3 日處理完成，謝謝您的耐心。';

export const exportDraftInputs = (): DraftInputRaw[] =>
  EXPORT_DRAFT_IDS.map((id) => testDraft(id, `退款已處理 — ${id}`));

export interface SeededExport {
  events: DecisionEvent[];
  drafts: DraftInputRaw[];
}

const ok = (answer: { status: number; body: unknown }) => {
  if (answer.status >= 300) {
    throw new Error(`The hub answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  }
};

/** Publishes the project and drafts as `lead`, registers a device and pushes as `reviewer`. */
export async function seedExport(
  lead: SendAs,
  reviewer: SendAs,
  reviewerId: string,
  deviceId = 'device-export',
): Promise<SeededExport> {
  ok(await lead('POST', '/v1/projects', EXPORT_PROJECT));
  const drafts = exportDraftInputs();
  ok(await lead('POST', `/v1/projects/${EXPORT_PROJECT_ID}/drafts`, { drafts }));
  ok(await reviewer('POST', '/v1/devices', { deviceId }));
  const base = { reviewerId, deviceId, projectId: EXPORT_PROJECT_ID };
  const events = [
    await testEvent({
      ...base,
      kind: 'approve',
      payload: { labels: { tone: 'polite', score: 4 } },
      deviceSeq: 1,
      draftId: 'd-a',
    }),
    await testEvent({
      ...base,
      kind: 'edit',
      payload: { finalText: EDITED_ZH, labels: { tone: 'curt', score: 2 } },
      deviceSeq: 2,
      draftId: 'd-中文',
    }),
    await testEvent({
      ...base,
      kind: 'edit',
      payload: { finalText: '已退款 🎉👍🏽 謝謝' },
      deviceSeq: 3,
      draftId: EMOJI_ID,
    }),
    await testEvent({
      ...base,
      kind: 'escalate',
      payload: { reasonId: 'factual-error', note: '金額不對' },
      deviceSeq: 4,
      draftId: TILDE_ID,
    }),
  ];
  ok(await reviewer('POST', '/v1/sync/push', { deviceId, events }));
  return { events, drafts };
}

/** The project as a record sees it. */
export const exportRecordProject = (): RecordProject => ({
  id: EXPORT_PROJECT_ID,
  name: EXPORT_PROJECT.name,
  rubric: EXPORT_PROJECT.settings.rubric,
});

/** The items the hub should export for these drafts and events, in export order. */
export function expectedItems(
  drafts: readonly DraftInputRaw[],
  events: readonly DecisionEvent[],
): ExportItem[] {
  const project = exportRecordProject();
  return drafts
    .map((raw) => {
      const draft = { ...draftInputSchema.parse(raw), projectId: project.id };
      return { draft, events: events.filter((event) => event.draftId === draft.id), project };
    })
    .sort((a, b) =>
      compareExportOrder(
        { project: a.project.id, id: a.draft.id },
        { project: b.project.id, id: b.draft.id },
      ),
    );
}

/** Every file the shared writers give for `items`, by name, with the manifest. */
export async function expectedFiles(
  items: readonly ExportItem[],
  options: {
    format: ExportFormat;
    filters?: ExportFilters;
    split?: SplitOptions;
    seq: number;
    names: Record<string, string>;
  },
): Promise<{ files: Map<string, Buffer>; manifest: ExportManifest }> {
  const filters = options.filters ?? {};
  const parts = new Map<string, Buffer[]>();
  const labels = exportRecordProject().rubric?.questions.map((q) => ({ id: q.id, kind: q.kind }));
  const manifest = await runExport({
    items,
    createWriter: () =>
      createFormatWriter(options.format, {
        includeAll: includesNonGold(filters, options.format),
        labels: labels ?? [],
      }),
    sink: (name, chunk) => {
      parts.set(name, [...(parts.get(name) ?? []), Buffer.from(chunk)]);
      return Promise.resolve();
    },
    filters,
    ...(options.split !== undefined ? { split: options.split } : {}),
    appVersion: 'expected',
    source: { kind: 'hub', seq: options.seq },
    names: (id) => options.names[id],
  });
  return {
    files: new Map([...parts].map(([name, chunks]) => [name, Buffer.concat(chunks)])),
    manifest,
  };
}
