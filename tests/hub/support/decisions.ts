/** Valid decision events and published drafts for hub tests, built with the app's own code. */
import type {
  DecisionEvent,
  DecisionKind,
  DecisionPayloads,
} from '../../../shared/domain/decision-event';
import type { DraftInputRaw } from '../../../shared/domain/draft-schema';
import { createUlidGenerator } from '../../../shared/ids/ulid';
import { buildDecisionEvent } from '../../../shared/review/build-decision-event';
import type { PublishProjectRequest } from '../../../shared/sync/publish';

const nextId = createUlidGenerator();

export const testProject = (
  projectId = 'proj-1',
  name = 'Support replies',
): PublishProjectRequest => ({
  projectId,
  name,
  settings: {
    guidelines: '# Guidelines\n\nCheck amounts against the ticket.',
    escalationReasons: [
      { id: 'factual-error', label: { en: 'Factual error', 'zh-TW': '事實錯誤' } },
    ],
    rubric: { questions: [] },
  },
});

export const testDraft = (
  id: string,
  text = `退款 NT$1,280 已處理 — draft ${id}`,
): DraftInputRaw => ({
  id,
  prompt: '客戶問：我的退款到哪裡了？',
  context: [{ kind: 'ticket', title: 'Ticket 42', text: 'Refund of NT$1,280 approved on 3 Dec.' }],
  draft: text,
  model: { name: 'gpt-x', version: '2026-11' },
  createdAt: '2026-12-01T08:00:00.000Z',
});

export interface EventInput<K extends DecisionKind> {
  kind: K;
  payload: DecisionPayloads[K];
  reviewerId: string;
  deviceId: string;
  deviceSeq: number;
  projectId?: string;
  draftId?: string;
  parents?: string[];
  eventId?: string;
}

export async function testEvent<K extends DecisionKind>(
  input: EventInput<K>,
): Promise<DecisionEvent<K>> {
  const built = await buildDecisionEvent({
    kind: input.kind,
    payload: input.payload,
    projectId: input.projectId ?? 'proj-1',
    draftId: input.draftId ?? 'd-1',
    parents: input.parents ?? [],
    reviewerId: input.reviewerId,
    deviceId: input.deviceId,
    activeMs: 4_200,
    appVersion: '0.1.0-test',
    guidelinesVersion: 1,
    newId: () => input.eventId ?? nextId(),
  });
  return { ...built, deviceSeq: input.deviceSeq };
}
