/** A decision event as the review store would build it, for repository tests. */
import type { DecisionKind } from '../../../shared/domain/decision-event';
import type { UnsequencedEvent } from '../../../renderer/db/repositories/decisions-repository';

/** An event of `kind` on `draftId` in project p1, by reviewer r1 on device dev1. */
export function decision(
  eventId: string,
  kind: DecisionKind,
  draftId: string,
  extra: Partial<UnsequencedEvent> = {},
): UnsequencedEvent {
  return {
    eventId,
    kind,
    draftId,
    projectId: 'p1',
    reviewerId: 'r1',
    deviceId: 'dev1',
    parents: [],
    payload: {},
    payloadHash: 'h'.repeat(64),
    activeMs: 1000,
    clientTime: '2026-11-28T10:00:00.000Z',
    schemaVersion: 1,
    appVersion: 'test',
    ...extra,
  };
}
