import { describe, expect, it } from 'vitest';
import type { DecisionEvent } from '../../../shared/domain/decision-event';
import type { AgreementValue, StatsDraft } from '../../../shared/stats';
import { computeStatistics, krippendorffAlpha, MIN_SHARED_ITEMS } from '../../../shared/stats';
import { approve, draft, editTo, escalate, retract, skip } from './support/stats-data';

const value = (result: AgreementValue | undefined): number => {
  if (result === undefined || result.notEnoughOverlap) {
    throw new Error('expected a number');
  }
  return result.value;
};

type Verdict = 'A' | 'E' | 'X';
const call = (id: string, reviewer: string, verdict: Verdict): DecisionEvent =>
  verdict === 'A'
    ? approve(id, reviewer)
    : verdict === 'E'
      ? editTo(id, reviewer, 'new text')
      : escalate(id, reviewer);

/**
 * ann and bob decide ten drafts; cat also decides the first three.
 *   ann: A A A A A E E E X X
 *   bob: A A A A E E E A X E
 *   cat: A A A
 */
function tenDrafts(): StatsDraft[] {
  const ann: Verdict[] = ['A', 'A', 'A', 'A', 'A', 'E', 'E', 'E', 'X', 'X'];
  const bob: Verdict[] = ['A', 'A', 'A', 'A', 'E', 'E', 'E', 'A', 'X', 'E'];
  return ann.map((annVerdict, i) => {
    const bobVerdict = bob[i] as Verdict;
    const events = [call(`d${i}-1`, 'ann', annVerdict), call(`d${i}-2`, 'bob', bobVerdict)];
    if (i < 3) {
      events.push(call(`d${i}-3`, 'cat', 'A'));
    }
    return draft(`d${String(i).padStart(2, '0')}`, events);
  });
}

describe('agreement between reviewers', () => {
  const { agreement } = computeStatistics(tenDrafts());

  it("gives Cohen's κ and raw agreement per pair with the shared items", () => {
    // ann–bob agree on d0–d3, d5, d6, d8: po = 7/10. Marginals ann A5 E3 X2, bob A5 E4 X1:
    // pe = (5·5 + 3·4 + 2·1)/100 = 0.39. κ = (0.7 − 0.39)/(1 − 0.39) = 0.31/0.61 = 0.508197.
    const annBob = agreement.pairs.find(
      (pair) => pair.reviewerA === 'ann' && pair.reviewerB === 'bob',
    );
    expect(annBob?.sharedItems).toBe(10);
    expect(value(annBob?.kappa)).toBeCloseTo(0.31 / 0.61, 10);
    expect(value(annBob?.rawAgreement)).toBeCloseTo(0.7, 12);
  });

  it('says "not enough overlap" below ten shared items instead of a number', () => {
    const cat = agreement.pairs.filter((pair) => pair.reviewerB === 'cat');
    expect(cat.map((pair) => [pair.reviewerA, pair.sharedItems, pair.kappa])).toEqual([
      ['ann', 3, { notEnoughOverlap: true, items: 3 }],
      ['bob', 3, { notEnoughOverlap: true, items: 3 }],
    ]);
    expect(MIN_SHARED_ITEMS).toBe(10);
  });

  it("gives Krippendorff's α (nominal) on the verdict over all reviewers", () => {
    // Coincidences: d0–d2 {A,A,A}: 3·2/2 = 3 A–A pairs each → 9; d3 {A,A} → 2: A–A 11.
    // d4 and d7 {A,E}: A–E 2, E–A 2. d5, d6 {E,E}: E–E 4. d8 {X,X}: X–X 2. d9 {X,E}: X–E 1, E–X 1.
    // n_A = 13, n_E = 7, n_X = 3, n = 23; disagreeing coincidences 6.
    // α = 1 − (n − 1)·6 / (n² − Σ n_c²) = 1 − 22·6 / (529 − 227) = 170/302 = 0.562914.
    expect(value(agreement.verdictAlpha)).toBeCloseTo(170 / 302, 10);
    expect(agreement.sharedDrafts).toBe(10);
  });

  it('gives α per single-choice question (nominal)', () => {
    // tone, both approve: ann ok ok ok ok ok meh meh meh bad bad, bob ok ok ok ok meh meh meh ok bad meh.
    // Units: ok–ok ×4, ok/meh, meh–meh ×2, meh/ok, bad–bad, bad/meh:
    // n_ok = 10, n_meh = 7, n_bad = 3, n = 20, disagreeing 6: α = 1 − 19·6/(400 − 158) = 128/242.
    const ann = ['ok', 'ok', 'ok', 'ok', 'ok', 'meh', 'meh', 'meh', 'bad', 'bad'];
    const bob = ['ok', 'ok', 'ok', 'ok', 'meh', 'meh', 'meh', 'ok', 'bad', 'meh'];
    const drafts = ann.map((tone, i) =>
      draft(`t${i}`, [
        approve(`t${i}-1`, 'ann', { payload: { labels: { tone } } }),
        approve(`t${i}-2`, 'bob', { payload: { labels: { tone: bob[i] as string } } }),
      ]),
    );
    const toneAlpha = computeStatistics(drafts).agreement.labelAlphas.find(
      (entry) => entry.question === 'tone',
    );
    expect(toneAlpha?.level).toBe('nominal');
    expect(value(toneAlpha?.alpha)).toBeCloseTo(128 / 242, 10);
  });

  it('gives the raw share over all reviewer pairs and the unanimous share', () => {
    // Pairs: ann–bob 10 (7 agree), ann–cat 3 (3), bob–cat 3 (3): 13/16.
    // Unanimous drafts: d0–d3, d5, d6, d8 = 7 of 10.
    expect(value(agreement.rawAgreement)).toBeCloseTo(13 / 16, 12);
    expect(value(agreement.unanimous)).toBeCloseTo(0.7, 12);
  });

  it("takes each reviewer's latest call that stands, never skips or retracted calls", () => {
    const drafts = tenDrafts();
    // ann changes her mind on d09 (escalate → approve, later id wins), skips d08 (no call) and
    // approves d07 then retracts it: d07 keeps her earlier edit.
    (drafts[9] as StatsDraft).events = [
      ...(drafts[9] as StatsDraft).events,
      approve('d9-4', 'ann'),
    ];
    (drafts[8] as StatsDraft).events = [...(drafts[8] as StatsDraft).events, skip('d8-4', 'ann')];
    (drafts[7] as StatsDraft).events = [
      ...(drafts[7] as StatsDraft).events,
      approve('d7-4', 'ann'),
      retract('d7-5', 'ann', 'd7-4'),
    ];
    const pair = computeStatistics(drafts).agreement.pairs[0];
    // ann now: A A A A A E E E X A; agreement with bob: d0–d3, d5, d6, d8 = 7, d9 A/E no.
    expect(pair?.sharedItems).toBe(10);
    expect(value(pair?.rawAgreement)).toBeCloseTo(0.7, 12);
  });

  it('gives ordinal α on ratings, the same as one row per reviewer', () => {
    const ratingsAnn = [1, 2, 3, 4, 5, 1, 2, 3, 4, 5];
    const ratingsBob = [1, 2, 3, 5, 5, 2, 2, 3, 3, 5];
    const ratingsCat = [1, 3, 3, null, null, null, null, null, null, null];
    const drafts = ratingsAnn.map((rating, i) => {
      const events = [
        approve(`r${i}-1`, 'ann', { payload: { labels: { rating } } }),
        approve(`r${i}-2`, 'bob', { payload: { labels: { rating: ratingsBob[i] as number } } }),
      ];
      const catRating = ratingsCat[i];
      if (catRating !== null && catRating !== undefined) {
        events.push(approve(`r${i}-3`, 'cat', { payload: { labels: { rating: catRating } } }));
      }
      return draft(`r${i}`, events);
    });
    const entry = computeStatistics(drafts).agreement.labelAlphas.find(
      (alpha) => alpha.question === 'rating',
    );
    expect(entry?.level).toBe('ordinal');
    const expected = krippendorffAlpha([ratingsAnn, ratingsBob, ratingsCat], 'ordinal');
    expect(value(entry?.alpha)).toBeCloseTo(expected, 12);
  });

  it('leaves drafts decided by one reviewer out of agreement', () => {
    const stats = computeStatistics([
      draft('solo', [approve('s1', 'ann'), editTo('s2', 'ann', 'x')]),
    ]);
    expect(stats.agreement.sharedDrafts).toBe(0);
    expect(stats.agreement.verdictAlpha).toEqual({ notEnoughOverlap: true, items: 0 });
  });
});
