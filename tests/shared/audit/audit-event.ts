/** A decision event for audit tests, complete and fixed, with what a test changes. */
import type {
  DecisionEvent,
  DecisionKind,
  DecisionPayloads,
} from '../../../shared/domain/decision-event';

export function auditEvent<K extends DecisionKind>(
  kind: K,
  payload: DecisionPayloads[K],
  extra: Partial<DecisionEvent> = {},
): DecisionEvent<K> {
  return {
    eventId: '01JEXAMPLE0000000000000001',
    kind,
    draftId: 'd-1',
    projectId: 'proj-1',
    reviewerId: 'user-rita',
    deviceId: 'device-a',
    deviceSeq: 7,
    parents: [],
    payload,
    payloadHash: 'a'.repeat(64),
    activeMs: 1200,
    clientTime: '2026-12-01T09:00:00.000Z',
    schemaVersion: 2,
    appVersion: '0.1.0',
    ...extra,
  } as DecisionEvent<K>;
}
