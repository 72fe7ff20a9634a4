/**
 * A small team week, every number of which the tests derive by hand (see each test's comment).
 *
 * d1 (p1, m@v1, prompt a, text "kitten"):
 *   e01 approve ann  Mon 2026-12-07 10:00Z  10 s  gv1  labels tone=ok, rating=4, errors=[omission, tone]
 *   e02 edit    bob  Mon 2026-12-07 11:00Z  20 s  gv1  "sitting"; tone=bad, rating=2, errors=[tone]
 *   e03 comment ann  (never counted)
 * d2 (p1, m@v2, prompt b):
 *   e04 escalate ann Tue 2026-12-08 09:00Z  30 s  gv2  reason factual
 *   e05 skip     bob Sun 2026-12-13 23:59Z  40 s  gv2  (last minute of ISO week 2026-W50)
 *   e06 approve  bob Mon 2026-12-14 00:00Z  50 s  gv2  — retracted by e07, never counted
 *   e07 retract  bob
 * d3 (p2, model m without version, no prompt version):
 *   e08 approve cat  Mon 2026-12-14 08:00Z  60 s  gv1  tone=ok
 *   e09 resolve lead (a lead's call: not a reviewer decision)
 *
 * Counted: e01 e02 e04 e05 e08 — approve 2, edit 1, escalate 1, skip 1, total 5.
 */
import type { StatsDraft } from '../../../../shared/stats';
import { approve, comment, draft, editTo, escalate, resolveAs, retract, skip } from './stats-data';

export function teamWeek(): StatsDraft[] {
  return [
    draft(
      'd1',
      [
        approve('e01', 'ann', {
          at: '2026-12-07T10:00:00.000Z',
          activeMs: 10_000,
          guidelinesVersion: 1,
          payload: { labels: { tone: 'ok', rating: 4, errors: ['omission', 'tone'] } },
        }),
        editTo('e02', 'bob', 'sitting', {
          at: '2026-12-07T11:00:00.000Z',
          activeMs: 20_000,
          guidelinesVersion: 1,
          payload: { finalText: 'sitting', labels: { tone: 'bad', rating: 2, errors: ['tone'] } },
        }),
        comment('e03', 'ann', { at: '2026-12-07T12:00:00.000Z' }),
      ],
      { modelVersion: 'v1', promptVersion: 'a', text: 'kitten' },
    ),
    draft(
      'd2',
      [
        escalate('e04', 'ann', 'factual', {
          at: '2026-12-08T09:00:00.000Z',
          activeMs: 30_000,
          guidelinesVersion: 2,
        }),
        skip('e05', 'bob', {
          at: '2026-12-13T23:59:00.000Z',
          activeMs: 40_000,
          guidelinesVersion: 2,
        }),
        approve('e06', 'bob', {
          at: '2026-12-14T00:00:00.000Z',
          activeMs: 50_000,
          guidelinesVersion: 2,
        }),
        retract('e07', 'bob', 'e06'),
      ],
      { modelVersion: 'v2', promptVersion: 'b' },
    ),
    draft(
      'd3',
      [
        approve('e08', 'cat', {
          at: '2026-12-14T08:00:00.000Z',
          activeMs: 60_000,
          guidelinesVersion: 1,
          payload: { labels: { tone: 'ok' } },
        }),
        resolveAs('e09', 'approve', ['e08']),
      ],
      { projectId: 'p2' },
    ),
  ];
}
