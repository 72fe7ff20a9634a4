/**
 * Hand-built `loupe` records covering every decision the writers treat differently, with
 * Chinese text, emoji, a formula-looking prompt and span offsets in metadata. Built by hand
 * (not by build-record) so these tests pin the writers alone.
 */
import type { DecisionEvent } from '../../../../../shared/domain/decision-event';
import type { LoupeRecord, RecordDecision } from '../../../../../shared/export/loupe-record';

export const SPANS = [
  { start: 3, end: 9, label: 'x' },
  { start: 0, end: 2, label: '退款' },
];

function event(draftId: string, kind: DecisionEvent['kind'], at: string): DecisionEvent {
  return {
    eventId: `01JEVENT${draftId.toUpperCase()}`,
    kind,
    draftId,
    projectId: 'support-zh',
    reviewerId: 'rev-1',
    deviceId: 'device-1',
    deviceSeq: 1,
    parents: [],
    payload: {},
    payloadHash: '0'.repeat(64),
    activeMs: 4200,
    clientTime: at,
    schemaVersion: 2,
    appVersion: '0.1.0',
    guidelinesVersion: 3,
  };
}

function record(
  id: string,
  decision: RecordDecision,
  overrides: Partial<LoupeRecord> = {},
): LoupeRecord {
  const gold = decision === 'approved' || decision === 'edited' || decision === 'rejected';
  const at = '2026-12-01T09:30:00.000Z';
  return {
    id,
    project: 'support-zh',
    prompt: '請回覆客戶關於退款的問題 🙏',
    context: [
      { kind: 'ticket', title: '客戶來信', text: '我想退款，訂單編號 A123。' },
      { kind: 'doc', title: 'Refund policy', text: '30 days.', url: 'https://example.test/p' },
    ],
    original: '您好，我們已收到您的退款申請。',
    final: '您好，我們已收到您的退款申請。',
    decision,
    labels: { tone: 'polite', issues: ['tone', '語氣'], score: 4 },
    rating: 4,
    reasons: [],
    reviewers:
      decision === 'pending'
        ? []
        : [{ id: 'rev-1', name: '王小明', decision: 'approve', at, activeMs: 4200 }],
    model: { name: 'gpt-4o', version: '2026-11-01' },
    promptVersion: 'v7',
    guidelinesVersion: 3,
    metrics: { editChars: 0, editRate: 0, normEdit: 0, changed: false },
    metadata: { ticket: 'A123', spans: SPANS },
    events: decision === 'pending' ? [] : [event(id, 'approve', at)],
    gold,
    ...overrides,
  };
}

export const approved = record('d01-approved', 'approved', { split: 'train' });

export const editedWithMessages = record('d02-edited', 'edited', {
  prompt: undefined,
  messages: [
    { role: 'system', content: '你是客服助理。' },
    { role: 'user', content: '我的包裹在哪裡？📦' },
  ],
  original: '您的包裹已出貨。',
  final: '您的包裹已於昨天出貨，預計明天送達 🚚。',
  labels: { tone: 'warm' },
  rating: undefined,
  metrics: { editChars: 12, editRate: 0.6, normEdit: 0.6, changed: true },
  reviewers: [
    {
      id: 'rev-2',
      name: 'Alice',
      decision: 'edit',
      at: '2026-12-02T10:00:00.000Z',
      activeMs: 9000,
    },
  ],
});

/** A lead's resolve that edited; its prompt and final look like spreadsheet formulas. */
export const resolvedEdit = record('d03-resolved-edit', 'edited', {
  prompt: '=HYPERLINK("http://evil.test","點我")',
  original: '-1 是錯的',
  final: '+1 才對, "quoted", and\r\nCRLF',
  resolvedBy: 'lead-1',
  metrics: { editChars: 9, editRate: 0.5, normEdit: 0.45, wordEditRate: 0.5, changed: true },
  reviewers: [
    {
      id: 'rev-1',
      name: '王小明',
      decision: 'edit',
      at: '2026-12-01T09:30:00.000Z',
      activeMs: 100,
    },
    {
      id: 'lead-1',
      name: 'Lead',
      decision: 'resolve',
      at: '2026-12-03T08:00:00.000Z',
      activeMs: 50,
    },
  ],
  model: { name: '@model', version: undefined },
});

export const rejected = record('d04-rejected', 'rejected', { resolvedBy: 'lead-1' });

export const escalatedWrong = record('d05-escalated-wrong', 'escalated', {
  reasons: ['factual-error'],
});

export const escalatedSpecialist = record('d06-escalated-specialist', 'escalated', {
  reasons: ['specialist'],
});

export const pending = record('d07-pending', 'pending', {
  metrics: undefined,
  rating: undefined,
  labels: {},
});

export const skipped = record('d08-skipped', 'skipped');

export const disputed = record('d09-disputed', 'disputed');

/** An edit that left the text as it was: gold, but no preference pair. */
export const editedUnchanged = record('d10-edited-unchanged', 'edited');

/** No context, no prompt, no messages: nothing for a chat format to ask. */
export const noInput = record('d11-no-input', 'approved', {
  prompt: undefined,
  context: [],
  final: '',
  original: '',
  labels: { tone: '' },
});

export const ALL_RECORDS: readonly LoupeRecord[] = [
  approved,
  editedWithMessages,
  resolvedEdit,
  rejected,
  escalatedWrong,
  escalatedSpecialist,
  pending,
  skipped,
  disputed,
  editedUnchanged,
  noInput,
];

export const GOLD_RECORDS = ALL_RECORDS.filter((r) => r.gold);
