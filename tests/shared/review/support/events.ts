/** Builders for decision events in tests: only what a rule needs is spelled out. */
import type {
  DecisionEvent,
  DecisionKind,
  DecisionPayloads,
  ResolveVerdict,
} from '../../../../shared/domain/decision-event';

export interface EventOptions {
  parents?: string[];
  reviewerId?: string;
  clientTime?: string;
}

/** An event of `kind` with id `eventId`; envelope fields get fixed, unremarkable values. */
export function event<K extends DecisionKind>(
  kind: K,
  eventId: string,
  payload: DecisionPayloads[K],
  options: EventOptions = {},
): DecisionEvent<K> {
  return {
    eventId,
    kind,
    draftId: 'draft-1',
    projectId: 'project-1',
    reviewerId: options.reviewerId ?? 'reviewer-1',
    deviceId: 'device-1',
    deviceSeq: 1,
    parents: options.parents ?? [],
    payload,
    payloadHash: '0'.repeat(64),
    activeMs: 1000,
    clientTime: options.clientTime ?? '2026-12-01T09:00:00.000Z',
    schemaVersion: 1,
    appVersion: '0.1.0',
  };
}

export const approve = (id: string, options?: EventOptions) => event('approve', id, {}, options);

export const edit = (id: string, finalText: string, options?: EventOptions) =>
  event('edit', id, { finalText }, options);

export const escalate = (id: string, options?: EventOptions) =>
  event('escalate', id, { reasonId: 'unsure', note: 'needs a lead' }, options);

export const skip = (id: string, options?: EventOptions) => event('skip', id, {}, options);

export const comment = (id: string, text: string, options?: EventOptions) =>
  event('comment', id, { text }, options);

export const retract = (id: string, targetEventId: string, options?: EventOptions) =>
  event('retract', id, { targetEventId }, options);

export function resolve(
  id: string,
  verdict: ResolveVerdict,
  parents: string[],
  extra: { finalText?: string; note?: string } = {},
): DecisionEvent<'resolve'> {
  return event('resolve', id, { verdict, ...extra }, { parents, reviewerId: 'lead-1' });
}
