import { describe, expect, it } from 'vitest';
import type { DecisionEvent } from '../../../shared/domain/decision-event';
import {
  computeStatistics,
  DRIFT_SIGNIFICANCE,
  DRIFT_TEST_DESCRIPTION,
  erfc,
  twoProportionTest,
  twoSidedNormalP,
} from '../../../shared/stats';
import { approve, draft, editTo, escalate, skip } from './support/stats-data';
import { teamWeek } from './support/team-week';

/** `approvals` approvals and `others` edits/escalations of model v1 on the Monday of `monday`. */
function week(monday: string, approvals: number, others: number) {
  const drafts = [];
  for (let i = 0; i < approvals + others; i += 1) {
    const id = `${monday}-${String(i).padStart(3, '0')}`;
    const at = `${monday}T10:00:00.000Z`;
    const event: DecisionEvent =
      i < approvals
        ? approve(id, 'ann', { at })
        : i % 2 === 0
          ? editTo(id, 'ann', 'x', { at })
          : escalate(id, 'ann', 'factual', { at });
    drafts.push(draft(id, [event], { modelVersion: 'v1' }));
  }
  return drafts;
}

describe('drift of the approval rate per model version', () => {
  it('flags a week that differs from the earlier weeks pooled (hand-computed z)', () => {
    // W50: 40 of 50 approved (0.8). W51: 20 of 50 (0.4). Pooled p̂ = 60/100 = 0.6.
    // z = (0.4 − 0.8) / √(0.6 · 0.4 · (1/50 + 1/50)) = −0.4 / √0.0096 = −4.082483.
    // p = erfc(4.082483/√2) = 4.4557e-5 < 0.01 → flagged.
    // W52: 30 of 50 (0.6) against W50–W51 pooled 60/100 (0.6): z = 0, p = 1.
    const drafts = [
      ...week('2026-12-07', 40, 10),
      ...week('2026-12-14', 20, 30),
      ...week('2026-12-21', 30, 20),
    ];
    const [model] = computeStatistics(drafts).drift.models;
    expect(model?.modelVersion).toBe('m@v1');
    const [w50, w51, w52] = model?.weeks ?? [];
    expect(w50).toMatchObject({
      week: '2026-W50',
      approvals: 40,
      decisions: 50,
      test: null,
      flagged: false,
    });
    expect(w51).toMatchObject({ week: '2026-W51', approvalRate: 0.4, flagged: true });
    expect(w51?.test?.z).toBeCloseTo(-4.082483, 5);
    expect(w51?.test?.pValue).toBeCloseTo(4.4557e-5, 8);
    expect(w52?.test?.z).toBeCloseTo(0, 12);
    expect(w52?.test?.pValue).toBeCloseTo(1, 12);
    expect(w52?.flagged).toBe(false);
  });

  it('does not flag a difference within chance', () => {
    // 40/50 then 35/50: p̂ = 0.75, z = −0.1 / √(0.1875 · 0.04) = −1.154701, p = 0.248213.
    const drafts = [...week('2026-12-07', 40, 10), ...week('2026-12-14', 35, 15)];
    const test = computeStatistics(drafts).drift.models[0]?.weeks[1]?.test;
    expect(test?.z).toBeCloseTo(-1.154701, 5);
    expect(test?.pValue).toBeCloseTo(0.248213, 5);
    expect(test?.flagged).toBe(false);
  });

  it('leaves skips out of the approval rate', () => {
    const drafts = [draft('a', [approve('a1', 'ann'), skip('a2', 'bob')], { modelVersion: 'v1' })];
    expect(computeStatistics(drafts).drift.models[0]?.weeks[0]).toMatchObject({
      approvals: 1,
      decisions: 1,
      approvalRate: 1,
    });
  });

  it('states its test for the view', () => {
    const { drift } = computeStatistics([]);
    expect(drift.significance).toBe(0.01);
    expect(DRIFT_SIGNIFICANCE).toBe(0.01);
    expect(drift.test).toBe(DRIFT_TEST_DESCRIPTION);
    expect(drift.test).toMatch(/two-proportion z-test.*two-sided.*p < 0\.01/i);
  });
});

describe('the two-proportion test', () => {
  it('has no test without decisions on a side or without variance', () => {
    expect(twoProportionTest(0, 0, 3, 5)).toBeNull();
    expect(twoProportionTest(5, 5, 3, 3)).toBeNull(); // p̂ = 1: every decision an approval
    expect(twoProportionTest(0, 5, 0, 3)).toBeNull();
  });

  it('is flagged exactly below p = 0.01', () => {
    // |z| = 2.5758293 is the two-sided 1 % point.
    expect(twoSidedNormalP(2.5758293035489)).toBeCloseTo(0.01, 12);
    expect(twoSidedNormalP(1.959963984540054)).toBeCloseTo(0.05, 12);
  });

  it.each([
    [0.5, 0.4795001221869535],
    [1, 0.15729920705028513],
    [2.9, 4.109787809945886e-5],
    [3, 2.2090496998585438e-5],
    [4, 1.541725790028002e-8],
    [6, 2.1519736712498916e-17],
    [-1, 1.8427007929497148],
  ])('erfc(%d) matches the reference value to 1e-9 relative', (x, expected) => {
    expect(Math.abs(erfc(x) - expected) / expected).toBeLessThan(1e-9);
  });
});

describe('guideline version changes', () => {
  it('lists when each version was first decided under, per project', () => {
    // p1: v1 from e01 (12-07 10:00), v2 from e04 (12-08 09:00). p2: v1 from e08.
    expect(computeStatistics(teamWeek()).drift.guidelineChanges).toEqual([
      {
        projectId: 'p1',
        version: 1,
        previousVersion: null,
        firstSeenAt: '2026-12-07T10:00:00.000Z',
      },
      { projectId: 'p1', version: 2, previousVersion: 1, firstSeenAt: '2026-12-08T09:00:00.000Z' },
      {
        projectId: 'p2',
        version: 1,
        previousVersion: null,
        firstSeenAt: '2026-12-14T08:00:00.000Z',
      },
    ]);
  });
});
