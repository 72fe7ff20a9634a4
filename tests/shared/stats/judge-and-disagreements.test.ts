import { describe, expect, it } from 'vitest';
import type { DecisionEvent } from '../../../shared/domain/decision-event';
import type { AgreementValue, StatsDraft } from '../../../shared/stats';
import {
  computeStatistics,
  disagreementJsonLine,
  disagreementJsonLines,
  filterDisagreements,
  judgePass,
} from '../../../shared/stats';
import { approve, draft, editTo, escalate, resolveAs } from './support/stats-data';

const value = (result: AgreementValue | undefined): number => {
  if (result === undefined || result.notEnoughOverlap) {
    throw new Error('expected a number');
  }
  return result.value;
};

/**
 * Judge verdicts against the final human call (model v1 unless said):
 *   j1–j5  pass,  approved            j6  pass, edited   (disagreement)
 *   j7     fail,  approved (disagree) j8, j9  fail, escalated
 *   j10    " FAIL", rejected by a lead's resolve
 *   j11    "unsure", approved (model v2: no meaning, left out of κ)
 *   j12    pass, no decision (pending: no human call)
 *   j13    pass, ann approves while bob escalates (disputed: no final call; a reviewer dispute)
 */
function judged(): StatsDraft[] {
  const v1 = (id: string, verdict: string, events: DecisionEvent[]) =>
    draft(id, events, { modelVersion: 'v1', promptVersion: 'a', judge: { verdict } });
  return [
    ...['j1', 'j2', 'j3', 'j4', 'j5'].map((id) => v1(id, 'pass', [approve(`${id}-1`, 'ann')])),
    v1('j6', 'pass', [editTo('j6-1', 'ann', 'better')]),
    v1('j7', 'fail', [approve('j7-1', 'ann')]),
    v1('j8', 'fail', [escalate('j8-1', 'ann')]),
    v1('j9', 'fail', [escalate('j9-1', 'ann')]),
    v1('j10', ' FAIL', [escalate('j10-1', 'ann'), resolveAs('j10-2', 'reject', ['j10-1'])]),
    draft('j11', [approve('j11-1', 'ann')], {
      modelVersion: 'v2',
      promptVersion: 'a',
      judge: { verdict: 'unsure' },
    }),
    v1('j12', 'pass', []),
    v1('j13', 'pass', [approve('j13-1', 'ann'), escalate('j13-2', 'bob')]),
  ];
}

describe('the LLM judge against the humans', () => {
  const { judge } = computeStatistics(judged());

  it('builds the confusion matrix of judge verdict × final human decision', () => {
    // ' FAIL' counts as 'fail'; pending j12 and disputed j13 have no human call.
    expect(judge.overall.drafts).toBe(11);
    expect(judge.overall.matrix).toEqual([
      { judgeVerdict: 'fail', meaning: 'fail', approved: 1, edited: 0, rejected: 1, escalated: 2 },
      { judgeVerdict: 'pass', meaning: 'pass', approved: 5, edited: 1, rejected: 0, escalated: 0 },
      { judgeVerdict: 'unsure', meaning: null, approved: 1, edited: 0, rejected: 0, escalated: 0 },
    ]);
    expect(judge.overall.unmapped).toBe(1);
  });

  it("gives Cohen's κ of judge pass/fail against human pass/fail", () => {
    // Mapped: 10. judge pass 6 / fail 4; human pass (approved) 6 / fail 4.
    // Agree: pass–pass 5 + fail–fail 3 = 0.8. pe = (6·6 + 4·4)/100 = 0.52.
    // κ = (0.8 − 0.52)/(1 − 0.52) = 0.583333.
    expect(judge.overall.passFail).toEqual({
      judgePassHumanPass: 5,
      judgePassHumanFail: 1,
      judgeFailHumanPass: 1,
      judgeFailHumanFail: 3,
    });
    expect(value(judge.overall.kappa)).toBeCloseTo(0.28 / 0.48, 10);
    expect(value(judge.overall.rawAgreement)).toBeCloseTo(0.8, 12);
  });

  it('compares per model version and per prompt version', () => {
    expect(judge.perModelVersion.map((group) => [group.key, group.drafts])).toEqual([
      ['m@v1', 10],
      ['m@v2', 1],
    ]);
    expect(value(judge.perModelVersion[0]?.kappa)).toBeCloseTo(0.28 / 0.48, 10);
    // v2's one draft has an unmapped verdict: nothing to compute κ on.
    expect(judge.perModelVersion[1]?.kappa).toEqual({ notEnoughOverlap: true, items: 0 });
    expect(judge.perPromptVersion.map((group) => [group.key, group.drafts])).toEqual([['a', 11]]);
  });

  it.each([
    ['PASS', 'pass'],
    [' approved ', 'pass'],
    ['Fail', 'fail'],
    ['reject', 'fail'],
    ['maybe', undefined],
  ])('reads the verdict %j as %s', (verdict, meaning) => {
    expect(judgePass(verdict)).toBe(meaning);
  });
});

describe('disagreements', () => {
  const { disagreements } = computeStatistics(judged());

  it('lists judge-vs-human and reviewer-vs-reviewer disagreements in a stable order', () => {
    expect(disagreements.map((item) => [item.draftId, item.kind])).toEqual([
      ['j13', 'reviewers'],
      ['j6', 'judge'],
      ['j7', 'judge'],
    ]);
    const j6 = disagreements[1];
    expect(j6).toMatchObject({ kind: 'judge', humanDecision: 'edited', finalText: 'better' });
    expect(disagreements[0]).toMatchObject({
      kind: 'reviewers',
      reviewerIds: ['ann', 'bob'],
      calls: [
        { reviewerId: 'ann', verdict: 'approve', eventId: 'j13-1' },
        { reviewerId: 'bob', verdict: 'escalate', eventId: 'j13-2' },
      ],
    });
  });

  it('filters by kind and reviewer', () => {
    expect(filterDisagreements(disagreements, { kinds: ['judge'] })).toHaveLength(2);
    expect(
      filterDisagreements(disagreements, { reviewers: ['bob'] }).map((item) => item.draftId),
    ).toEqual(['j13']);
    expect(filterDisagreements(disagreements, {})).toHaveLength(3);
  });

  it('writes a JSON Lines line with the source context, in a fixed key order', () => {
    const source = draft(
      'src',
      [
        approve('s1', 'bob', {
          at: '2026-12-07T10:00:00.000Z',
          payload: { labels: { z: 1, a: 'ok' } },
        }),
        escalate('s2', 'ann', 'factual', { at: '2026-12-07T11:00:00.000Z' }),
      ],
      {
        modelVersion: 'v1',
        prompt: 'Reply to the ticket',
        context: [{ kind: 'ticket', title: 'T-1', text: 'Where is my <b>order</b>?' }],
        text: 'It ships "today".',
      },
    );
    const [item] = computeStatistics([source]).disagreements;
    if (item === undefined) {
      throw new Error('expected a disagreement');
    }
    expect(disagreementJsonLine(item, source)).toBe(
      '{"kind":"reviewers","project":"p1","id":"src","model":{"name":"m","version":"v1"},' +
        '"prompt":"Reply to the ticket","context":[{"kind":"ticket","title":"T-1","text":"Where is my <b>order</b>?"}],' +
        '"draft":"It ships \\"today\\".","reviewers":[' +
        '{"id":"ann","decision":"escalate","at":"2026-12-07T11:00:00.000Z","reasonId":"factual","note":"check the source"},' +
        '{"id":"bob","decision":"approve","at":"2026-12-07T10:00:00.000Z","labels":{"a":"ok","z":1}}]}',
    );
    // With the team's names: each known reviewer named right after the id, the others by id.
    const named = JSON.parse(disagreementJsonLine(item, source, { ann: '安妮' })) as {
      reviewers: Record<string, unknown>[];
    };
    expect(named.reviewers.map((reviewer) => Object.keys(reviewer).slice(0, 3))).toEqual([
      ['id', 'name', 'decision'],
      ['id', 'decision', 'at'],
    ]);
    expect(named.reviewers[0]).toMatchObject({ id: 'ann', name: '安妮' });
  });

  it('writes judge lines with the verdict and the human call, one per line', () => {
    const drafts = judged();
    const lines = [...disagreementJsonLines(disagreements, drafts)];
    expect(lines).toHaveLength(3);
    expect(lines.every((line) => line.endsWith('}\n'))).toBe(true);
    const j6 = JSON.parse(lines[1] as string) as Record<string, unknown>;
    expect(j6).toMatchObject({
      kind: 'judge',
      id: 'j6',
      draft: 'kitten',
      judge: { verdict: 'pass' },
      human: { decision: 'edited', final: 'better' },
      reviewers: [{ id: 'ann' }],
    });
    const named = JSON.parse(
      [...disagreementJsonLines(disagreements, drafts, { ann: 'Ann Lin' })][1] as string,
    ) as { reviewers: unknown[] };
    expect(named.reviewers).toEqual([{ id: 'ann', name: 'Ann Lin' }]);
  });
});
