/**
 * Hand-written fault-model scenarios, run exactly like the generated ones (fault-model.test.ts:
 * the scenario, the heal, the five invariants of SYNC.md §9) on both hub engines: each crash
 * point in turn, and the cases the generated runs found or rarely reach.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../hub/support/engines';
import type { Command, Scenario } from './support/fault-commands';
import { createHubBase, removeHubBase, type HubBase } from './support/fault-hub';
import { runOnce } from './support/fault-model-suite';

const scenario = (commands: Command[], options: Partial<Scenario> = {}): Scenario => ({
  clients: ['lead', 'rita', 'rui'],
  drafts: 2,
  faultRate: 0,
  maxDelayMs: 0,
  pullLimit: null,
  netSeed: 1,
  commands,
  ...options,
});

const decide = (c: number, d: number, crash = false): Command => ({
  t: 'decide',
  c,
  d,
  kind: 'approve',
  crash,
});

/** Each scenario, and what must have happened in it (counts of run.stats). */
const SCENARIOS: [string, Scenario, Record<string, number>?][] = [
  [
    'a crash at each of the four points, then at a pulled page',
    scenario([
      decide(1, 0, true), // 1: after the local commit
      decide(2, 0),
      { t: 'sync', c: 2, crash: 'push-left' }, // 2: the push never reached the hub
      decide(1, 1),
      { t: 'sync', c: 1, crash: 'hub-committed' }, // 3: committed, the answer lost
      { t: 'resolve', d: 0, verdict: 'edit' },
      { t: 'sync', c: 0, crash: 'push-answered' }, // 4: answered, not marked
      { t: 'sync', c: 1, crash: 'pull-answered' },
    ]),
    {
      'crash: after-commit': 1,
      'crash: push-left': 1,
      'crash: hub-committed': 1,
      'crash: push-answered': 1,
      'crash: pull-answered': 1,
    },
  ],
  [
    // Found by the generated runs (seed 2048151767): a reviewer's resolve, refused, still
    // decided the draft on the reviewer's machine, so it never agreed with the hub again.
    'an event the hub refuses is kept, and decides nothing on any copy',
    scenario([
      decide(1, 0),
      { t: 'doomed', c: 0, d: 0, why: 'role_forbidden' },
      { t: 'doomed', c: 1, d: 0, why: 'unknown_draft' },
      { t: 'retract', c: 1, crash: false }, // undoes the decision on the unknown draft
      { t: 'sync', c: 1, crash: null },
      { t: 'sync', c: 0, crash: null },
    ]),
  ],
  [
    // Found while writing the model: after a restore, the pulled log kept the records the hub
    // lost, under seqs the hub never reached again (two revisions came back as one).
    'a restore to an older backup leaves no pulled record the hub lost',
    scenario([
      { t: 'backup', b: 0 },
      { t: 'publish', action: 'revise', d: 0 },
      { t: 'publish', action: 'revise', d: 0 },
      { t: 'sync', c: 1, crash: null },
      { t: 'restore', b: 1 },
    ]),
  ],
  [
    'a restore while everyone syncs page by page, with decisions made meanwhile',
    scenario(
      [
        decide(1, 0),
        decide(2, 1),
        { t: 'together', items: [{ c: 1, what: 'sync', d: 0 }], hub: 'backup' },
        { t: 'publish', action: 'new', d: 0 },
        decide(2, 2),
        { t: 'sync', c: 2, crash: null },
        {
          t: 'together',
          items: [
            { c: 0, what: 'sync', d: 0 },
            { c: 1, what: 'sync', d: 0 },
            { c: 1, what: 'decide', d: 2 },
            { c: 2, what: 'sync', d: 0 },
          ],
          hub: 'restore',
        },
      ],
      { pullLimit: 2, maxDelayMs: 3 },
    ),
  ],
];

describeEachEngine('fault model, written scenarios', (engine) => {
  let base: HubBase | undefined;
  beforeAll(async () => {
    base = await createHubBase(engine);
  });
  afterAll(() => base !== undefined && removeHubBase(base));

  for (const [title, written, happened = {}] of SCENARIOS) {
    it(title, async () => {
      const totals = new Map<string, number>();
      await runOnce(engine, base as HubBase, written, `written-${engine.name}`, totals);
      expect(Object.fromEntries(totals)).toMatchObject(happened);
    });
  }
});
