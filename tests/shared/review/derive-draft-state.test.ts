import { describe, expect, it } from 'vitest';
import { deriveDraftState } from '../../../shared/review/derive-draft-state';
import { approve, comment, edit, escalate, resolve, retract, skip } from './support/events';

// Ids sort in the order the letters and digits suggest: A1 < A2 < B1 < ...

describe('a draft nobody has decided on', () => {
  it('is pending', () => {
    expect(deriveDraftState([])).toEqual({
      status: 'pending',
      heads: [],
      verdict: null,
      retracted: [],
    });
  });

  it('stays pending after skips and comments', () => {
    expect(deriveDraftState([skip('A1'), comment('A2', 'odd source')]).status).toBe('pending');
  });
});

describe('one reviewer decides', () => {
  it('approving makes it approved', () => {
    const state = deriveDraftState([approve('A1', { clientTime: '2026-12-01T10:00:00.000Z' })]);
    expect(state).toEqual({
      status: 'approved',
      heads: ['A1'],
      verdict: 'approve',
      retracted: [],
      lastDecisionAt: '2026-12-01T10:00:00.000Z',
    });
  });

  it('editing makes it edited, with the final text', () => {
    expect(deriveDraftState([edit('A1', 'Better text')])).toMatchObject({
      status: 'edited',
      verdict: 'edit',
      finalText: 'Better text',
    });
  });

  it('escalating makes it escalated', () => {
    expect(deriveDraftState([escalate('A1')])).toMatchObject({
      status: 'escalated',
      verdict: 'escalate',
    });
  });

  it('a later decision over the earlier one replaces it', () => {
    const state = deriveDraftState([approve('A1'), edit('A2', 'Fixed', { parents: ['A1'] })]);
    expect(state).toMatchObject({ status: 'edited', heads: ['A2'], finalText: 'Fixed' });
  });

  it('skipping or commenting after approving keeps it approved', () => {
    const events = [
      approve('A1'),
      skip('A2', { parents: ['A1'] }),
      comment('A3', 'ok', { parents: ['A1'] }),
    ];
    expect(deriveDraftState(events)).toMatchObject({ status: 'approved', heads: ['A1'] });
  });
});

describe('two reviewers decide without seeing each other', () => {
  it('both approving is agreement: approved', () => {
    expect(deriveDraftState([approve('A1'), approve('B1', { reviewerId: 'r2' })])).toMatchObject({
      status: 'approved',
      heads: ['A1', 'B1'],
    });
  });

  it('both editing is agreement: edited, with the text of the latest edit (greatest id)', () => {
    const state = deriveDraftState([edit('B1', 'Second'), edit('A1', 'First')]);
    expect(state).toMatchObject({ status: 'edited', finalText: 'Second' });
  });

  it('approve against edit is disputed, and the edit holds meanwhile', () => {
    expect(deriveDraftState([approve('A1'), edit('B1', 'Fixed')])).toMatchObject({
      status: 'disputed',
      verdict: 'edit',
      finalText: 'Fixed',
    });
  });

  it('edit against escalate is disputed, and the escalation holds meanwhile', () => {
    const state = deriveDraftState([edit('A1', 'Fixed'), escalate('B1')]);
    expect(state).toMatchObject({ status: 'disputed', verdict: 'escalate' });
    expect(state.finalText).toBeUndefined();
  });

  it('a retried push of the same decision is not a second opinion', () => {
    expect(deriveDraftState([approve('A1'), approve('A1'), approve('A1')]).heads).toEqual(['A1']);
  });
});

describe('a lead resolves', () => {
  const dispute = [approve('A1'), escalate('B1')];

  it('a resolve over both heads settles the dispute', () => {
    const state = deriveDraftState([
      ...dispute,
      resolve('C1', 'approve', ['A1', 'B1'], { note: 'fine' }),
    ]);
    expect(state).toMatchObject({
      status: 'resolved',
      heads: ['C1'],
      verdict: 'approve',
      resolution: { eventId: 'C1', reviewerId: 'lead-1', verdict: 'approve', note: 'fine' },
    });
  });

  it("a lead's edit gives the final text", () => {
    const state = deriveDraftState([
      ...dispute,
      resolve('C1', 'edit', ['A1', 'B1'], { finalText: 'Lead text' }),
    ]);
    expect(state).toMatchObject({ status: 'resolved', verdict: 'edit', finalText: 'Lead text' });
  });

  it('a rejection resolves the draft with the reject verdict', () => {
    expect(deriveDraftState([escalate('A1'), resolve('C1', 'reject', ['A1'])])).toMatchObject({
      status: 'resolved',
      verdict: 'reject',
    });
  });

  it('a resolve that misses a head leaves a dispute if that head disagrees', () => {
    const events = [...dispute, edit('B2', 'Late'), resolve('C1', 'approve', ['A1', 'B1'])];
    expect(deriveDraftState(events)).toMatchObject({ status: 'disputed', verdict: 'edit' });
  });

  it("a late reviewer who agrees with the lead's call does not reopen it", () => {
    const events = [...dispute, resolve('C1', 'approve', ['A1', 'B1']), approve('D1')];
    expect(deriveDraftState(events)).toMatchObject({ status: 'resolved', heads: ['C1', 'D1'] });
  });

  it("a lead's text outranks a reviewer's agreeing edit", () => {
    const events = [resolve('C1', 'edit', [], { finalText: 'Lead' }), edit('D1', 'Reviewer')];
    expect(deriveDraftState(events)).toMatchObject({ status: 'resolved', finalText: 'Lead' });
  });

  it('undoing the resolve reopens the dispute', () => {
    const events = [...dispute, resolve('C1', 'approve', ['A1', 'B1']), retract('C2', 'C1')];
    expect(deriveDraftState(events)).toMatchObject({ status: 'disputed', heads: ['A1', 'B1'] });
  });

  it('rejection is the most cautious verdict while disputed', () => {
    expect(deriveDraftState([resolve('C1', 'reject', []), escalate('D1')])).toMatchObject({
      status: 'disputed',
      verdict: 'reject',
    });
  });
});

describe('the last decision time', () => {
  it('comes from the standing decision with the greatest id, not the latest clock', () => {
    const events = [
      approve('A1', { clientTime: '2026-12-02T00:00:00.000Z' }),
      approve('B1', { clientTime: '2026-12-01T00:00:00.000Z' }),
      skip('C1', { clientTime: '2026-12-03T00:00:00.000Z' }),
    ];
    expect(deriveDraftState(events).lastDecisionAt).toBe('2026-12-01T00:00:00.000Z');
  });
});

describe('a malformed history', () => {
  it('a decision listing itself as a parent is still a head', () => {
    expect(deriveDraftState([approve('A1', { parents: ['A1'] })]).heads).toEqual(['A1']);
  });

  it('two different events under one id resolve the same way in either order', () => {
    const a = approve('A1');
    const b = escalate('A1');
    expect(deriveDraftState([a, b])).toEqual(deriveDraftState([b, a]));
  });
});
