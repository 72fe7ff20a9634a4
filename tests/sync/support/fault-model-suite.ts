/**
 * The fault-model property (SYNC.md §9) for one storage engine: `runs` scenarios, each from its
 * own seed (`base + i`) on a fresh hub. Runs go through a few lanes at once, each lane with its
 * own hub database (a run waits on the network and the hub about half its time; CI has one
 * test worker). The first failure stops the suite and prints the command that replays it alone.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TestEngine } from '../../hub/support/engines';
import { scenarioArbitrary, type Scenario } from './fault-commands';
import { createHubBase, removeHubBase, type HubBase } from './fault-hub';
import { checkInvariants, syncUntilQuiet } from './fault-invariants';
import { execute } from './fault-execute';
import { closeRun, openRun } from './fault-run';

const numberFromEnv = (name: string): number | null => {
  const text = process.env[name]?.trim();
  if (text === undefined || text === '') {
    return null;
  }
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new Error(`${name} must be a whole number, not ${JSON.stringify(text)}`);
  }
  return value;
};

type Totals = Map<string, number>;
const add = (totals: Totals, key: string, value: number) =>
  totals.set(key, (totals.get(key) ?? 0) + value);

/** One run of the property: the scenario, the heal, the five invariants. */
export async function runOnce(
  engine: TestEngine,
  base: HubBase,
  scenario: Scenario,
  runId: string,
  totals: Totals,
) {
  let lap = Date.now();
  const took = (phase: string) => {
    add(totals, `ms ${phase}`, Date.now() - lap);
    lap = Date.now();
  };
  const run = await openRun(engine, base, scenario, runId);
  took('1 open');
  try {
    for (const command of scenario.commands) {
      await execute(run, command);
    }
    took('2 commands');
    add(totals, 'rounds to quiet', await syncUntilQuiet(run));
    took('3 heal and sync until quiet');
    await checkInvariants(run);
    took('4 invariants');
    for (const [key, value] of run.stats) {
      add(totals, key, value);
    }
    for (const [kind, value] of Object.entries(run.network.counts)) {
      add(totals, `request: ${kind}`, value);
    }
    for (const error of run.network.hubErrors) {
      add(totals, `hub answered ${error.slice(0, 3)}`, 1);
    }
  } finally {
    await closeRun(run);
  }
}

export function faultModelSuite(engine: TestEngine, defaultRuns: number) {
  const replay = numberFromEnv('LOUPE_SYNC_SEED');
  const runs = numberFromEnv('LOUPE_SYNC_RUNS') ?? (replay === null ? defaultRuns : 1);
  const lanes = Math.max(1, Math.min(runs, numberFromEnv('LOUPE_SYNC_LANES') ?? 2));
  const first = replay ?? Math.floor(Math.random() * 2 ** 31);
  const shrink = process.env.LOUPE_SYNC_SHRINK === '1';
  const bases: HubBase[] = [];
  beforeAll(async () => {
    for (let lane = 0; lane < lanes; lane += 1) {
      bases.push(await createHubBase(engine));
    }
  });
  afterAll(() => bases.forEach(removeHubBase));

  it(`${runs} seeded runs from seed ${first}`, { timeout: 60_000 + runs * 5_000 }, async () => {
    const started = Date.now();
    const cpuStart = process.cpuUsage();
    const totals: Totals = new Map();
    let next = 0;
    let tries = 0;
    const failures: { seed: number; error: unknown }[] = [];
    const lane = async (base: HubBase) => {
      while (failures.length === 0 && next < runs) {
        const seed = first + next;
        next += 1;
        const property = fc.asyncProperty(scenarioArbitrary, (scenario: Scenario) =>
          runOnce(engine, base, scenario, `${engine.name}-${seed}-${(tries += 1)}`, totals),
        );
        try {
          await fc.assert(property, { seed, numRuns: 1, endOnFailure: !shrink });
        } catch (error) {
          failures.push({ seed, error });
        }
      }
    };
    await Promise.all(bases.map(lane));
    const [failed] = failures;
    if (failed !== undefined) {
      const { seed, error } = failed;
      console.error(
        `Fault model failed on ${engine.name} at seed ${seed}. Replay it alone with:\n` +
          `  LOUPE_SYNC_SEED=${seed} npx vitest run --project sync tests/sync/fault-model.test.ts -t ${engine.name}` +
          (shrink ? '' : '\n(LOUPE_SYNC_SHRINK=1 also shrinks it: slow, each try is a whole run)'),
      );
      throw error;
    }
    const seconds = ((Date.now() - started) / 1_000).toFixed(1);
    const usage = process.cpuUsage(cpuStart);
    const cpu = ((usage.user + usage.system) / 1e6).toFixed(1);
    const summary = [...totals].sort(([a], [b]) => a.localeCompare(b));
    console.log(
      `fault model [${engine.name}]: ${runs} runs from seed ${first} in ${seconds} s (${cpu} s of CPU), ${lanes} at a time\n` +
        summary.map(([key, value]) => `  ${key}: ${value}`).join('\n'),
    );
    expect(next).toBe(runs);
  });
}
