/**
 * The statistics bench's team data (issue 14 point 10): 20,000 drafts, each decided by two to
 * five reviewers, 100,000 decision events in all, over twelve weeks. Deterministic (a seeded
 * generator), so every run and the Node profile (stats-bench-profile.ts) see the same rows.
 *
 * What it holds, roughly as a team's queue does: approvals, edits (replies of ~500 characters
 * mixing Traditional Chinese and English; mostly a few words changed, one in five rewritten),
 * escalations with a reason, skips before a decision, a reviewer revising their own call, a few
 * retracts and a few lead resolutions; a rating and a single-choice label on approvals and edits;
 * four model versions (the newest approved less often: a drift to find), three prompt versions,
 * three projects whose guidelines change twice, and a judge verdict on two drafts in five.
 * Reviewers see the same draft quality with their own noise, so agreement is neither 0 nor 1.
 */
import type {
  DecisionEvent,
  DecisionKind,
  DecisionPayloads,
} from '../../shared/domain/decision-event';
import type { StatsDraft } from '../../shared/stats/stats-input';

export interface StatsBenchSize {
  drafts: number;
  events: number;
}

export const STATS_BENCH_SIZE: StatsBenchSize = { drafts: 20_000, events: 100_000 };

const DAY_MS = 86_400_000;
const WEEKS = 12;
/** Monday 2026-09-14 00:00 UTC: twelve ISO weeks end on Sunday 2026-12-06. */
const START_MS = Date.UTC(2026, 8, 14);
const PROJECTS = ['support-zh-tw', 'billing-en', 'onboarding-mixed'];
const REVIEWERS = Array.from(
  { length: 14 },
  (_, i) => `reviewer-${String(i + 1).padStart(2, '0')}`,
);
const REASONS = ['factual', 'policy', 'tone', 'unclear-source', 'other'];
const TONES = ['ok', 'too-formal', 'too-casual'];
/** Model versions by the week they were live in; v4 is worse (approved less): the drift. */
const MODEL_VERSIONS = [
  { version: '2026-08', from: 0, to: 5, quality: 0.62 },
  { version: '2026-09', from: 3, to: 9, quality: 0.66 },
  { version: '2026-10', from: 7, to: 12, quality: 0.68 },
  { version: '2026-11-rc', from: 9, to: 12, quality: 0.5 },
];
const PROMPT_VERSIONS = ['prompt-7', 'prompt-8', 'prompt-9'];
/** Guideline versions by week: every project moves to v2 in week 4 and v3 in week 9. */
const guidelinesOf = (week: number) => (week < 4 ? 1 : week < 9 ? 2 : 3);

const SENTENCES = [
  '親愛的客戶您好，感謝您的來信，我們已經收到您的退款申請。',
  'We have checked order A-1024 and the refund will go back to the original card.',
  '退款金額為新台幣一千二百八十元，預計於五個工作天內入帳。',
  'If the amount does not show up by Friday, please reply to this e-mail.',
  '若您使用信用卡付款，入帳時間依發卡銀行作業而定。',
  'Your subscription stays active until the end of the current billing period.',
  '如需變更收件地址，請於出貨前登入會員中心修改。',
  'We are sorry for the delay; the courier confirmed a new delivery date.',
  '本次優惠券可於結帳時折抵，但不得與其他活動併用。',
  'The invoice is attached as a PDF and also available in your account settings.',
  '為保障您的帳戶安全，請勿將驗證碼提供給任何人。',
  'Our support team is available Monday to Friday, 9:00–18:00 Taipei time.',
  '商品若有瑕疵，請於七日內拍照並回覆此信件，我們將盡快處理。',
  'You can cancel the order free of charge until it has been shipped.',
  '感謝您的耐心等候，祝您有美好的一天。',
  'Best regards, the customer care team.',
];
const EDIT_WORDS = [
  '盡快',
  '立即',
  'promptly',
  '三個工作天',
  'as soon as possible',
  '客服專員',
  'refund',
  '訂單',
];

/** mulberry32: small, fast and good enough for spreading bench data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Decisions a reviewer can make on a draft of the given quality, with their own noise. */
type Call = 'approve' | 'edit' | 'escalate';

export function generateStatsDrafts(
  size: StatsBenchSize = STATS_BENCH_SIZE,
  seed = 14,
): StatsDraft[] {
  const rnd = random(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(rnd() * values.length)] as T;
  const drafts: StatsDraft[] = [];
  let total = 0;

  function replyText(): string {
    let text = '';
    while (text.length < 480) {
      text += pick(SENTENCES);
    }
    return text;
  }

  /** Mostly a light edit (one to three words swapped in), one in five a rewrite. */
  function editOf(text: string): string {
    if (rnd() < 0.2) {
      return replyText();
    }
    let edited = text;
    const changes = 1 + Math.floor(rnd() * 3);
    for (let i = 0; i < changes; i += 1) {
      const at = Math.floor(rnd() * edited.length);
      const cut = Math.floor(rnd() * 6);
      edited = edited.slice(0, at) + pick(EDIT_WORDS) + edited.slice(at + cut);
    }
    return edited;
  }

  for (let d = 0; d < size.drafts; d += 1) {
    const week = Math.min(WEEKS - 1, Math.floor((d / size.drafts) * WEEKS));
    const live = MODEL_VERSIONS.filter((m) => week >= m.from && week < m.to);
    const model = pick(live);
    const projectId = pick(PROJECTS);
    const id = `draft-${String(d).padStart(5, '0')}`;
    const createdMs = START_MS + week * 7 * DAY_MS + Math.floor(rnd() * 6 * DAY_MS);
    const text = replyText();
    const quality = model.quality + (rnd() - 0.5) * 0.5;
    const events: DecisionEvent[] = [];
    let seq = 0;
    const add = <K extends DecisionKind>(
      kind: K,
      reviewerId: string,
      atMs: number,
      payload: DecisionPayloads[K],
      parents: string[] = [],
    ): string => {
      seq += 1;
      const eventId = `${id}-e${seq}`;
      const atWeek = Math.min(WEEKS - 1, Math.floor((atMs - START_MS) / (7 * DAY_MS)));
      events.push({
        eventId,
        kind,
        draftId: id,
        projectId,
        reviewerId,
        deviceId: `${reviewerId}-laptop`,
        deviceSeq: d * 10 + seq,
        parents,
        payload,
        payloadHash: '0'.repeat(64),
        activeMs: 4_000 + Math.floor(rnd() * rnd() * 240_000),
        clientTime: new Date(atMs).toISOString(),
        schemaVersion: 2,
        appVersion: '0.1.0',
        guidelinesVersion: guidelinesOf(atWeek),
      });
      return eventId;
    };
    const callOf = (): Call => {
      const seen = quality + (rnd() - 0.5) * 0.35;
      return seen > 0.55 ? 'approve' : seen > 0.35 || rnd() < 0.4 ? 'edit' : 'escalate';
    };
    const decide = (call: Call, reviewerId: string, atMs: number, parents: string[] = []) => {
      const labels = {
        quality: Math.max(1, Math.min(5, Math.round(quality * 5 + rnd() * 1.5))),
        tone: pick(TONES),
      };
      if (call === 'approve') {
        return add('approve', reviewerId, atMs, { labels }, parents);
      }
      if (call === 'edit') {
        return add('edit', reviewerId, atMs, { finalText: editOf(text), labels }, parents);
      }
      return add(
        'escalate',
        reviewerId,
        atMs,
        { reasonId: pick(REASONS), note: '請主管確認 please check' },
        parents,
      );
    };

    const count = 2 + Math.floor(rnd() * 4);
    const reviewers = new Set<string>();
    while (reviewers.size < count) {
      reviewers.add(pick(REVIEWERS));
    }
    const decided: string[] = [];
    for (const reviewerId of reviewers) {
      let atMs = createdMs + Math.floor(rnd() * 3 * DAY_MS);
      if (rnd() < 0.3) {
        add('skip', reviewerId, atMs, {});
        atMs += Math.floor(rnd() * 6 * 3_600_000);
      }
      let head = decide(callOf(), reviewerId, atMs);
      if (rnd() < 0.1) {
        // The reviewer changes their mind: a new call on top of their own.
        head = decide(callOf(), reviewerId, atMs + 600_000, [head]);
      } else if (rnd() < 0.02) {
        const undone = add('retract', reviewerId, atMs + 300_000, { targetEventId: head }, [head]);
        head = decide(callOf(), reviewerId, atMs + 900_000, [undone]);
      }
      decided.push(head);
    }
    if (rnd() < 0.03) {
      add(
        'resolve',
        'lead-01',
        createdMs + 4 * DAY_MS,
        { verdict: 'approve', note: '已確認 confirmed' },
        decided,
      );
    }
    total += events.length;
    drafts.push({
      id,
      projectId,
      model: 'loupe-writer',
      modelVersion: model.version,
      promptVersion: pick(PROMPT_VERSIONS),
      ...(rnd() < 0.4
        ? {
            judge: {
              verdict:
                quality + (rnd() - 0.5) * 0.4 > 0.5 ? 'pass' : rnd() < 0.9 ? 'fail' : 'unsure',
              score: Math.round(quality * 100) / 100,
            },
          }
        : {}),
      createdAt: new Date(createdMs).toISOString(),
      text,
      prompt: '請以繁體中文回覆客戶的退款問題 / answer the refund question',
      context: [],
      events,
    });
  }
  topUp(drafts, total, size.events, rnd);
  return drafts;
}

/**
 * Makes the event count exact: skips (a reviewer passing before their call) are added to, or
 * taken from, drafts until there are `target` events.
 */
function topUp(drafts: StatsDraft[], total: number, target: number, rnd: () => number): void {
  let count = total;
  let n = 0;
  while (count < target) {
    const draft = drafts[Math.floor(rnd() * drafts.length)] as StatsDraft;
    const first = draft.events[0] as DecisionEvent;
    n += 1;
    (draft.events as DecisionEvent[]).push({
      ...first,
      eventId: `${draft.id}-extra-skip-${n}`,
      kind: 'skip',
      parents: [],
      payload: {},
    });
    count += 1;
  }
  for (const draft of drafts) {
    if (count <= target) {
      break;
    }
    const events = draft.events as DecisionEvent[];
    const skipAt = events.findIndex((event) => event.kind === 'skip');
    if (skipAt >= 0) {
      events.splice(skipAt, 1);
      count -= 1;
    }
  }
}

/** Events per kind and the totals, for the bench's log. */
export function describeStatsDrafts(drafts: readonly StatsDraft[]): {
  drafts: number;
  events: number;
  kinds: Record<string, number>;
  judged: number;
} {
  const kinds: Record<string, number> = {};
  let events = 0;
  let judged = 0;
  for (const draft of drafts) {
    judged += draft.judge === undefined ? 0 : 1;
    for (const event of draft.events) {
      kinds[event.kind] = (kinds[event.kind] ?? 0) + 1;
      events += 1;
    }
  }
  return { drafts: drafts.length, events, kinds, judged };
}
