/**
 * One fault-model run's world: a fresh real hub with the project and its drafts published, the
 * clients, the faulty network, and what the checks need — every event a client committed, the
 * rejection the generator intended for some, the drafts the lead published.
 */
import type { HubResult } from '../../../shared/sync/hub-failure';
import type { RejectionReason } from '../../../shared/sync/push';
import { testDraft, testProject } from '../../hub/support/decisions';
import type { TestEngine } from '../../hub/support/engines';
import type { Command, Scenario } from './fault-commands';
import { deleteClient, openFaultClient, type FaultClient } from './fault-clients';
import { openFaultHub, type FaultHub, type HubBase } from './fault-hub';
import { createFaultNetwork, seededRandom, type FaultNetwork } from './transport-faults';

export const PROJECT_ID = 'proj-fm';

export interface ModelDraft {
  id: string;
  text: string;
  withdrawn: boolean;
}

export interface Run {
  hub: FaultHub;
  network: FaultNetwork;
  clients: FaultClient[];
  random: () => number;
  /** Every event a client committed, with the client's name. */
  committed: Map<string, string>;
  /** Events the generator meant the hub to refuse, with the reason. */
  intended: Map<string, RejectionReason>;
  /** The drafts the lead published (all of them on the hub, once the run is healed). */
  drafts: ModelDraft[];
  backups: string[];
  /** What happened, for the report: commands, crashes by point, failed passes. */
  stats: Map<string, number>;
  n: number;
}

export const count = (run: Run, key: string) => run.stats.set(key, (run.stats.get(key) ?? 0) + 1);

export async function openRun(
  engine: TestEngine,
  base: HubBase,
  scenario: Scenario,
  runId: string,
) {
  const random = seededRandom(scenario.netSeed);
  const network = createFaultNetwork({
    random,
    rate: scenario.faultRate,
    maxDelayMs: scenario.maxDelayMs,
    pullLimit: scenario.pullLimit,
  });
  const hub = await openFaultHub(engine, base, (url) => (network.hubUrl = url));
  const run: Run = {
    hub,
    network,
    clients: [],
    random,
    committed: new Map(),
    intended: new Map(),
    drafts: [],
    backups: [],
    stats: new Map(),
    n: 0,
  };
  const lead = hub.client(hub.users.lead);
  must(await lead.call({ op: 'publish-project', body: testProject(PROJECT_ID, 'Fault model') }));
  for (let index = 0; index < scenario.drafts; index += 1) {
    run.drafts.push({ id: `d-${index + 1}`, text: `草稿 ${index + 1} v1`, withdrawn: false });
  }
  const drafts = run.drafts.map((draft) => testDraft(draft.id, draft.text));
  must(await lead.call({ op: 'publish-drafts', projectId: PROJECT_ID, body: { drafts } }));
  let rita = 0;
  for (const [index, who] of scenario.clients.entries()) {
    const user = who === 'lead' ? hub.users.lead : hub.users.reviewers[who === 'rita' ? 0 : 1];
    const name = who === 'rita' && rita++ > 0 ? `rita-${index}` : `${who}-${index}`;
    run.clients.push(await openFaultClient(name, user ?? hub.users.admin, `fm-${runId}-${name}`));
  }
  const restores = (command: Command) =>
    command.t === 'restore' || (command.t === 'together' && command.hub === 'restore');
  if (scenario.commands.some(restores)) {
    run.backups.push(await hub.backup());
  }
  return run;
}

export async function closeRun(run: Run): Promise<void> {
  await run.network.settle();
  for (const client of run.clients) {
    await deleteClient(client);
  }
  await run.hub.dispose();
}

export function must<T>(result: HubResult<T>): T {
  if (!result.ok) {
    throw new Error(`the hub refused a set-up call: ${JSON.stringify(result.failure)}`);
  }
  return result.value;
}

export const live = (run: Run) => run.drafts.filter((draft) => !draft.withdrawn);
export const pickOf = <T>(items: readonly T[], index: number): T | undefined =>
  items.length === 0 ? undefined : items[index % items.length];
