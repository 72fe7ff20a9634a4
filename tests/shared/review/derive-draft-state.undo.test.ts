import { describe, expect, it } from 'vitest';
import { deriveDraftState } from '../../../shared/review/derive-draft-state';
import { approve, comment, edit, escalate, retract } from './support/events';

// Undo is a retract event. Ids sort in the order the letters and digits suggest: A1 < A2 < B1.

describe('undo', () => {
  it('undoing the only decision makes the draft pending again', () => {
    const state = deriveDraftState([approve('A1'), retract('A2', 'A1')]);
    expect(state).toEqual({ status: 'pending', heads: [], verdict: null, retracted: ['A1'] });
  });

  it('undoing an edit brings back the approval it had replaced', () => {
    const events = [approve('A1'), edit('A2', 'Fixed', { parents: ['A1'] }), retract('A3', 'A2')];
    expect(deriveDraftState(events)).toMatchObject({
      status: 'approved',
      heads: ['A1'],
      retracted: ['A2'],
    });
    expect(deriveDraftState(events).finalText).toBeUndefined();
  });

  it('works when the undo arrives before the decision it undoes', () => {
    expect(deriveDraftState([retract('A2', 'A1'), approve('A1')]).status).toBe('pending');
  });

  it('an undo of a decision not received yet waits for it', () => {
    const before = deriveDraftState([escalate('B1'), retract('B2', 'A1')]);
    expect(before).toMatchObject({ status: 'escalated', retracted: [] });
    const after = deriveDraftState([escalate('B1'), retract('B2', 'A1'), approve('A1')]);
    expect(after).toMatchObject({ status: 'escalated', heads: ['B1'], retracted: ['A1'] });
  });

  it('undoing an undo does nothing: redo is a fresh decision', () => {
    const events = [approve('A1'), retract('A2', 'A1'), retract('A3', 'A2')];
    expect(deriveDraftState(events)).toMatchObject({ status: 'pending', retracted: ['A1'] });
  });

  it('undoing a comment lists it as retracted without changing the status', () => {
    const state = deriveDraftState([approve('A1'), comment('A2', 'typo'), retract('A3', 'A2')]);
    expect(state).toMatchObject({ status: 'approved', retracted: ['A2'] });
  });

  it('undoing a decision in the middle of a chain uncovers what it had superseded (it never happened)', () => {
    const events = [
      approve('A1'),
      edit('A2', 'Fixed', { parents: ['A1'] }),
      escalate('A3', { parents: ['A2'] }),
      retract('A4', 'A2'),
    ];
    expect(deriveDraftState(events)).toMatchObject({ status: 'disputed', heads: ['A1', 'A3'] });
  });
});
