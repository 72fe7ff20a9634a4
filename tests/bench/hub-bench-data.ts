/**
 * What the hub benchmark sends (hub-bench.ts): a project, ~1 KB drafts, and valid decision
 * events built with the app's own code (shared/review/build-decision-event.ts, so each carries
 * a real payloadHash), in a mix of kinds like a review day's: mostly approvals with a rating,
 * some edits with their final text, a few escalations, comments and skips.
 */
import type { DecisionEvent, DecisionKind } from '../../shared/domain/decision-event';
import type { DraftInputRaw } from '../../shared/domain/draft-schema';
import { createUlidGenerator } from '../../shared/ids/ulid';
import { buildDecisionEvent } from '../../shared/review/build-decision-event';
import type { PublishProjectRequest } from '../../shared/sync/publish';

export const PROJECT_ID = 'bench-proj';

export const benchProject = (): PublishProjectRequest => ({
  projectId: PROJECT_ID,
  name: 'Hub bench: support replies',
  settings: {
    guidelines: '# Guidelines\n\nCheck amounts and dates against the ticket.',
    escalationReasons: [
      { id: 'factual-error', label: { en: 'Factual error', 'zh-TW': '事實錯誤' } },
    ],
    rubric: { questions: [] },
  },
});

export const draftIdAt = (index: number) => `bench-d-${String(index).padStart(6, '0')}`;

const DRAFT_BLOCK =
  '親愛的客戶您好，感謝您的來信。We have checked order **A-1024**: the refund of NT$1,280 ' +
  'will go back to the original card within five business days. 若有任何問題，請直接回覆此郵件。\n\n';

/** A draft of about 1 KB (UTF-8) of mixed Traditional Chinese and English. */
export function benchDraft(index: number): DraftInputRaw {
  return {
    id: draftIdAt(index),
    prompt: `客戶問：我的退款到哪裡了？(ticket ${index})`,
    context: [
      {
        kind: 'ticket',
        title: `Ticket ${index}`,
        text: 'Refund of NT$1,280 approved on 3 Dec.',
      },
    ],
    draft: `## 退款說明 ${index}\n\n${DRAFT_BLOCK.repeat(3)}`,
    model: { name: 'gpt-x', version: '2026-11' },
    createdAt: '2026-12-01T08:00:00.000Z',
  };
}

const nextId = createUlidGenerator();

const FINAL_TEXT =
  '您好，退款 NT$1,280 已於 12 月 3 日處理，The refund reaches your card within five business ' +
  'days; 如有疑問請回覆此郵件。';

/** Kind of the `n`th event: 70% approve, 15% edit, 5% each escalate, comment and skip. */
function kindAt(n: number): DecisionKind {
  const slot = n % 20;
  if (slot < 14) {
    return 'approve';
  }
  if (slot < 17) {
    return 'edit';
  }
  return slot === 17 ? 'escalate' : slot === 18 ? 'comment' : 'skip';
}

function payloadOf(kind: DecisionKind, n: number) {
  switch (kind) {
    case 'approve':
      return { labels: { quality: 1 + (n % 5) } };
    case 'edit':
      return { finalText: `${FINAL_TEXT} (${n})`, labels: { quality: 3 } };
    case 'escalate':
      return { reasonId: 'factual-error', note: `The amount does not match ticket ${n}.` };
    case 'comment':
      return { text: `Checked against ticket ${n}; the date is right.` };
    default:
      return {};
  }
}

export interface EventSpec {
  reviewerId: string;
  deviceId: string;
  /** deviceSeq of the first event; the rest follow one by one. */
  firstSeq: number;
  count: number;
  /** Draft of the `i`th event (0-based within this call). */
  draftOf: (i: number) => number;
}

/** `count` valid decision events of one device, in deviceSeq order. */
export async function buildEvents(spec: EventSpec): Promise<DecisionEvent[]> {
  const build = async (i: number): Promise<DecisionEvent> => {
    const deviceSeq = spec.firstSeq + i;
    const kind = kindAt(deviceSeq);
    const built = await buildDecisionEvent({
      kind,
      payload: payloadOf(kind, deviceSeq),
      projectId: PROJECT_ID,
      draftId: draftIdAt(spec.draftOf(i)),
      parents: [],
      reviewerId: spec.reviewerId,
      deviceId: spec.deviceId,
      activeMs: 4_000 + (deviceSeq % 7) * 900,
      appVersion: '0.1.0-bench',
      guidelinesVersion: 1,
      newId: nextId,
    });
    return { ...built, deviceSeq };
  };
  const events: DecisionEvent[] = [];
  // The hashes (crypto.subtle) are computed a thousand at a time, not one after another.
  for (let at = 0; at < spec.count; at += 1_000) {
    const indexes = Array.from({ length: Math.min(1_000, spec.count - at) }, (_, j) => at + j);
    events.push(...(await Promise.all(indexes.map(build))));
  }
  return events;
}
