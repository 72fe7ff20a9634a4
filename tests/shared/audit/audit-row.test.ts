/**
 * Audit rows from decision events (issue 14 point 7): every kind says its verdict, reason, note
 * or target; what only the hub or the caller knows is carried over or left null; no text of the
 * draft or of an edit leaks into the row; the order is the hub's, then the ULID's.
 */
import { describe, expect, it } from 'vitest';
import { auditRow, compareAuditRows } from '../../../shared/audit';
import type { DecisionEvent } from '../../../shared/domain/decision-event';
import { auditEvent } from './audit-event';

describe('an audit row', () => {
  it('says who, when, which device, guideline, model and draft version', () => {
    const row = auditRow(
      auditEvent('approve', {}, { guidelinesVersion: 3, draftVersion: 2, parents: ['p1', 'p2'] }),
      {
        seq: 41,
        receivedAt: '2026-12-01T09:00:05.000Z',
        reviewerName: '林怡君',
        model: { name: 'gpt-x', version: '2026-11' },
      },
    );
    expect(row).toEqual({
      seq: 41,
      eventId: '01JEXAMPLE0000000000000001',
      kind: 'approve',
      projectId: 'proj-1',
      draftId: 'd-1',
      reviewerId: 'user-rita',
      reviewerName: '林怡君',
      clientTime: '2026-12-01T09:00:00.000Z',
      receivedAt: '2026-12-01T09:00:05.000Z',
      deviceId: 'device-a',
      deviceSeq: 7,
      guidelinesVersion: 3,
      modelName: 'gpt-x',
      modelVersion: '2026-11',
      draftVersion: 2,
      verdict: 'approve',
      reasonId: null,
      note: null,
      retracts: null,
      parents: ['p1', 'p2'],
    });
  });

  it('leaves what is not known null (an event never on a hub, an old schema, no model version)', () => {
    const row = auditRow(auditEvent('skip', {}), { model: { name: 'gpt-x' } });
    expect(row).toMatchObject({
      seq: null,
      receivedAt: null,
      reviewerName: null,
      guidelinesVersion: null,
      draftVersion: null,
      modelName: 'gpt-x',
      modelVersion: null,
      verdict: 'skip',
    });
  });

  it('summarises each kind by its verdict, reason, note or target, never by the text', () => {
    const summary = (event: DecisionEvent) => {
      const { verdict, reasonId, note, retracts } = auditRow(event);
      return { verdict, reasonId, note, retracts };
    };
    const edit = auditRow(
      auditEvent('edit', { finalText: '機密的最終文字', labels: { tone: 'x' } }),
    );
    expect(JSON.stringify(edit)).not.toContain('機密的最終文字');
    expect(summary(auditEvent('edit', { finalText: 'x' }))).toEqual({
      verdict: 'edit',
      reasonId: null,
      note: null,
      retracts: null,
    });
    expect(
      summary(auditEvent('escalate', { reasonId: 'factual-error', note: '金額不對' })),
    ).toEqual({
      verdict: 'escalate',
      reasonId: 'factual-error',
      note: '金額不對',
      retracts: null,
    });
    expect(summary(auditEvent('comment', { text: '請看第二段' }))).toMatchObject({
      verdict: null,
      note: '請看第二段',
    });
    expect(summary(auditEvent('retract', { targetEventId: 'E1' }))).toMatchObject({
      verdict: null,
      retracts: 'E1',
    });
    expect(summary(auditEvent('resolve', { verdict: 'reject', note: 'off-policy' }))).toMatchObject(
      {
        verdict: 'reject',
        note: 'off-policy',
      },
    );
    expect(summary(auditEvent('resolve', { verdict: 'edit', finalText: 'final' }))).toMatchObject({
      verdict: 'edit',
      note: null,
    });
  });

  it('orders by the hub’s seq, then events not yet on a hub by ULID', () => {
    const at = (eventId: string, seq: number | null) =>
      auditRow(auditEvent('approve', {}, { eventId }), { seq });
    const rows = [at('01C', null), at('01Z', 9), at('01A', null), at('01B', 2)];
    expect(rows.sort(compareAuditRows).map((row) => row.eventId)).toEqual([
      '01B',
      '01Z',
      '01A',
      '01C',
    ]);
  });
});
