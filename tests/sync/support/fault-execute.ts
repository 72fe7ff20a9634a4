/**
 * What each fault-model command does (fault-commands.ts), on a run's clients and hub, through
 * the faulty network; crashes at the points SYNC.md §9 names.
 */
import { listOutbox } from '../../../renderer/db/repositories/outbox-repository';
import { isTransient } from '../../../shared/sync/hub-failure';
import type { Command, CrashPoint, HubAction, ReviewKind } from './fault-commands';
import {
  crashClient,
  decide,
  enginePass,
  syncPass,
  undo,
  type FaultClient,
  type PassResult,
} from './fault-clients';
import { publish, republish } from './fault-lead';
import { count, live, pickOf, PROJECT_ID, type ModelDraft, type Run } from './fault-run';
import { INJECTED_RETRY_AFTER_S, sleep } from './transport-faults';

/** A pass; a failure must be one the engine retries (a fault), never a refusal. */
async function pass(run: Run, client: FaultClient): Promise<PassResult> {
  const result = await syncPass(client, run.network, run.random);
  if (!result.ok) {
    if ('crashed' in result) {
      return result; // counted by the caller, which asked for it
    }
    if (!isTransient(result.failure)) {
      throw new Error(`${client.name}: a pass failed for good: ${JSON.stringify(result.failure)}`);
    } else {
      count(run, `pass failed: ${result.failure.kind}`);
    }
  }
  return result;
}

async function syncWithCrash(run: Run, client: FaultClient, crash: CrashPoint | null, d: number) {
  const idle = (await listOutbox(client.db, 'pending', 1)).length === 0;
  if (crash !== null && crash !== 'pull-answered' && idle) {
    await decideOn(run, client, d, 'edit'); // a crash in a push needs something to push
  }
  if (crash === 'push-left' || crash === 'hub-committed') {
    run.network.force(
      client.name,
      'push',
      crash === 'push-left' ? 'drop-request' : 'drop-response',
    );
    await pass(run, client);
    const unused = run.network.unforce(client.name);
    await crashClient(client);
    count(run, unused ? `crash: ${crash}, nothing to push` : `crash: ${crash}`);
    return;
  }
  client.crashAt = crash;
  const result = await pass(run, client);
  client.crashAt = null;
  if (crash !== null) {
    const crashed = !result.ok && 'crashed' in result;
    count(run, crashed ? `crash: ${crash}` : `crash: ${crash}, not reached`);
  }
}

async function decideOn(run: Run, client: FaultClient, d: number, kind: ReviewKind) {
  const draft = pickOf(live(run), d);
  if (draft === undefined) {
    return;
  }
  const on = { projectId: PROJECT_ID, draftId: draft.id };
  const id = await decide(client, on, kind, null, (run.n += 1));
  run.committed.set(id, client.name);
}

export async function execute(run: Run, command: Command): Promise<void> {
  count(run, `command: ${command.t}`);
  const { clients } = run;
  const clientAt = (c: number) => clients[c % clients.length] as FaultClient;
  const lead = clients[0] as FaultClient;
  switch (command.t) {
    case 'decide': {
      const client = clientAt(command.c);
      await decideOn(run, client, command.d, command.kind);
      if (command.crash) {
        await crashClient(client);
        count(run, 'crash: after-commit');
      }
      return;
    }
    case 'retract': {
      const client = clientAt(command.c);
      const undone = await undo(client, (run.n += 1));
      if (undone !== null) {
        run.committed.set(undone.eventId, client.name);
        const doomed = run.intended.get(undone.targetEventId);
        if (doomed === 'unknown_draft') {
          run.intended.set(undone.eventId, doomed); // a retract on a draft the hub never had
        }
      }
      if (command.crash) {
        await crashClient(client);
        count(run, 'crash: after-commit');
      }
      return;
    }
    case 'resolve': {
      const draft = pickOf(run.drafts, command.d) as ModelDraft;
      const { verdict } = command;
      const payload = {
        verdict,
        ...(verdict === 'edit' ? { finalText: `裁定 ${run.n}` } : {}),
        note: 'lead call',
      };
      const on = { projectId: PROJECT_ID, draftId: draft.id };
      const id = await decide(lead, on, 'resolve', payload, (run.n += 1));
      run.committed.set(id, lead.name);
      return;
    }
    case 'doomed': {
      const reviewers = clients.slice(1);
      const client =
        command.why === 'role_forbidden' ? pickOf(reviewers, command.c) : clientAt(command.c);
      if (client === undefined) {
        return;
      }
      const draftId =
        command.why === 'unknown_draft'
          ? `ghost-${(run.n += 1)}`
          : (pickOf(run.drafts, command.d) as ModelDraft).id;
      const on = { projectId: PROJECT_ID, draftId };
      const n = (run.n += 1);
      const id =
        command.why === 'unknown_draft'
          ? await decide(client, on, 'approve', {}, n)
          : await decide(client, on, 'resolve', { verdict: 'approve' }, n);
      run.committed.set(id, client.name);
      run.intended.set(id, command.why);
      return;
    }
    case 'publish':
      return publish(run, command);
    case 'sync':
      return syncWithCrash(run, clientAt(command.c), command.crash, command.c + run.n);
    case 'poke': {
      const { status, waitMs } = await enginePass(clientAt(command.c), run.network, run.random);
      if (status.phase === 'error') {
        throw new Error(`the engine stopped on a refusal: ${JSON.stringify(status.failure)}`);
      }
      if (status.failure?.kind === 'rate-limited') {
        // Retry-After is honoured: the engine waits at least that long.
        const floor = INJECTED_RETRY_AFTER_S * 1_000;
        if (status.failure.retryAfterMs !== floor || (waitMs ?? 0) < floor) {
          throw new Error(`Retry-After not honoured: ${JSON.stringify({ status, waitMs })}`);
        }
        count(run, 'retry-after honoured');
      }
      return;
    }
    case 'crash':
      count(run, 'crash: idle');
      return crashClient(clientAt(command.c));
    case 'together': {
      const seen = new Set<string>();
      const items = command.items.filter((item) => {
        const key = `${item.c % clients.length}:${item.what}`;
        return !seen.has(key) && seen.add(key) !== undefined;
      });
      const work: Promise<unknown>[] = items.map((item) =>
        item.what === 'sync'
          ? pass(run, clientAt(item.c))
          : decideOn(run, clientAt(item.c), item.d, 'approve'),
      );
      if (command.hub !== null) {
        const action = command.hub;
        const b = Math.floor(run.random() * 4);
        work.push(sleep(Math.floor(run.random() * 10)).then(() => hubAction(run, action, b)));
        count(run, `together with: ${action}`);
      }
      await Promise.all(work);
      return;
    }
    case 'restart':
    case 'backup':
    case 'restore':
      return hubAction(run, command.t, command.b);
  }
}

async function hubAction(run: Run, action: HubAction, b: number) {
  switch (action) {
    case 'restart':
      await run.hub.restart();
      return;
    case 'backup':
      run.backups.push(await run.hub.backup());
      return;
    case 'restore': {
      const file = run.backups[b % run.backups.length];
      if (file !== undefined) {
        await run.hub.restore(file, (lead) => republish(run, lead));
      }
      return;
    }
  }
}
