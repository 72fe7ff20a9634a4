/**
 * A small local store for export tests: projects, drafts and decisions (approvals, an edit in
 * Chinese, an escalation, drafts still pending), written straight through the repositories.
 */
import type { DecisionKind, DecisionPayloads } from '../../../../shared/domain/decision-event';
import type { LoupeDatabase } from '../../../../renderer/db/loupe-database';
import { putDrafts } from '../../../../renderer/db/repositories/drafts-repository';
import { setMeta } from '../../../../renderer/db/repositories/meta-repository';
import { putProject } from '../../../../renderer/db/repositories/projects-repository';
import type { DraftRow, EventRow } from '../../../../renderer/db/rows';

export function draftRow(projectId: string, id: string, text = `草稿 ${id}`): DraftRow {
  return {
    projectId,
    id,
    prompt: `問題 ${id}`,
    context: [],
    draft: text,
    model: { name: id.startsWith('m2') ? 'gpt-b' : 'gpt-a', version: '2026-11' },
    promptVersion: 'v3',
    metadata: {},
    priority: 0,
    createdAt: '2026-11-28T00:00:00.000Z',
    status: 'pending',
  };
}

let deviceSeq = 0;

export function eventRow<K extends DecisionKind>(
  projectId: string,
  draftId: string,
  kind: K,
  payload: DecisionPayloads[K],
  extra: Partial<EventRow> = {},
): EventRow {
  deviceSeq += 1;
  return {
    eventId: `e-${projectId}-${draftId}-${kind}-${deviceSeq}`,
    kind,
    draftId,
    projectId,
    reviewerId: 'r-ana',
    deviceId: 'dev1',
    deviceSeq,
    parents: [],
    payload,
    payloadHash: 'h'.repeat(64),
    activeMs: 1500,
    clientTime: `2026-12-0${1 + (deviceSeq % 5)}T10:00:00.000Z`,
    schemaVersion: 1,
    appVersion: 'test',
    guidelinesVersion: 2,
    ...extra,
  };
}

export async function putProjectRow(db: LoupeDatabase, id: string, name: string) {
  await putProject(db, {
    id,
    name,
    guidelines: '',
    guidelinesVersion: 2,
    rubric: {
      questions: [
        {
          id: 'tone',
          kind: 'single',
          label: { en: 'Tone', 'zh-TW': '語氣' },
          required: false,
          options: [
            { id: 'polite', label: { en: 'Polite', 'zh-TW': '有禮' } },
            { id: 'curt', label: { en: 'Curt', 'zh-TW': '簡短' } },
          ],
        },
      ],
    },
    createdAt: '2026-11-28T00:00:00.000Z',
  });
}

/**
 * Project `support` (支援): a1 approved (tone polite), a2 approved, e1 edited in Chinese,
 * x1 escalated, p1 and p2 pending; project `billing`: b1 approved by r-ben.
 */
export async function seedReviewedStore(db: LoupeDatabase): Promise<void> {
  await putProjectRow(db, 'support', '支援');
  await putProjectRow(db, 'billing', '帳務');
  await putDrafts(db, [
    draftRow('support', 'a1'),
    draftRow('support', 'a2'),
    draftRow('support', 'e1', '您好，請稍候。'),
    draftRow('support', 'x1'),
    draftRow('support', 'p1'),
    draftRow('support', 'p2'),
    draftRow('billing', 'b1'),
  ]);
  await db.events.bulkAdd([
    eventRow('support', 'a1', 'approve', { labels: { tone: 'polite' } }, { seq: 7 }),
    eventRow('support', 'a2', 'approve', {}),
    eventRow('support', 'e1', 'edit', {
      finalText: '您好，我們已為您退款。',
      labels: { tone: 'curt' },
    }),
    eventRow('support', 'x1', 'escalate', { reasonId: 'factual-error', note: '金額錯誤' }),
    eventRow('billing', 'b1', 'approve', {}, { reviewerId: 'r-ben' }),
  ]);
  await setMeta(db, 'profile', { reviewerId: 'r-ana', displayName: '安娜' });
}
