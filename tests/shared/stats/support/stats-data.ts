/** Builders for the statistics tests: a draft and its events with only what a test needs. */
import type {
  DecisionEvent,
  DecisionKind,
  DecisionPayloads,
} from '../../../../shared/domain/decision-event';
import type { StatsDraft } from '../../../../shared/stats';

export interface EventSpec<K extends DecisionKind> {
  id: string;
  reviewer?: string;
  at?: string;
  activeMs?: number;
  guidelinesVersion?: number;
  parents?: string[];
  payload: DecisionPayloads[K];
}

/** An event of `kind` on `draftId`; envelope fields get fixed, unremarkable values. */
export function ev<K extends DecisionKind>(
  kind: K,
  spec: EventSpec<K>,
  draftId = 'draft',
  projectId = 'p1',
): DecisionEvent<K> {
  return {
    eventId: spec.id,
    kind,
    draftId,
    projectId,
    reviewerId: spec.reviewer ?? 'ann',
    deviceId: 'device-1',
    deviceSeq: 1,
    parents: spec.parents ?? [],
    payload: spec.payload,
    payloadHash: '0'.repeat(64),
    activeMs: spec.activeMs ?? 1000,
    clientTime: spec.at ?? '2026-12-07T10:00:00.000Z',
    schemaVersion: 2,
    appVersion: '0.1.0',
    ...(spec.guidelinesVersion !== undefined ? { guidelinesVersion: spec.guidelinesVersion } : {}),
  };
}

type Rest<K extends DecisionKind> = Omit<EventSpec<K>, 'id' | 'reviewer' | 'payload'> &
  Partial<Pick<EventSpec<K>, 'payload'>>;

export const approve = (id: string, reviewer: string, rest: Rest<'approve'> = {}) =>
  ev('approve', { id, reviewer, payload: {}, ...rest });
export const editTo = (id: string, reviewer: string, finalText: string, rest: Rest<'edit'> = {}) =>
  ev('edit', { id, reviewer, payload: { finalText }, ...rest });
export const escalate = (
  id: string,
  reviewer: string,
  reasonId = 'factual',
  rest: Rest<'escalate'> = {},
) => ev('escalate', { id, reviewer, payload: { reasonId, note: 'check the source' }, ...rest });
export const skip = (id: string, reviewer: string, rest: Rest<'skip'> = {}) =>
  ev('skip', { id, reviewer, payload: {}, ...rest });
export const comment = (id: string, reviewer: string, rest: Rest<'comment'> = {}) =>
  ev('comment', { id, reviewer, payload: { text: 'hm' }, ...rest });
export const retract = (id: string, reviewer: string, targetEventId: string) =>
  ev('retract', { id, reviewer, payload: { targetEventId } });
export const resolveAs = (
  id: string,
  verdict: 'approve' | 'edit' | 'reject',
  parents: string[],
  finalText?: string,
) =>
  ev('resolve', {
    id,
    reviewer: 'lead',
    parents,
    payload: { verdict, ...(finalText !== undefined ? { finalText } : {}) },
  });

/** A draft; events are re-addressed to it so fixtures need not repeat ids. */
export function draft(
  id: string,
  events: DecisionEvent[],
  fields: Partial<Omit<StatsDraft, 'id' | 'events'>> = {},
): StatsDraft {
  const projectId = fields.projectId ?? 'p1';
  return {
    id,
    projectId,
    model: 'm',
    createdAt: '2026-12-01T00:00:00.000Z',
    text: 'kitten',
    ...fields,
    events: events.map((event) => ({ ...event, draftId: id, projectId })),
  };
}
