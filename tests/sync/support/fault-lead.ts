/**
 * The lead's publishing in the fault model: new drafts, revisions and withdrawals through the
 * hub's routes and the faulty network (retried until the hub answers: each route is idempotent),
 * and after a restore, publishing again what the restored hub lost.
 */
import { draftContentHash } from '../../../hub/log/content-hash';
import { draftsByIds } from '../../../hub/storage/queries/projections';
import { draftInputSchema } from '../../../shared/domain/draft-schema';
import type { HubCall } from '../../../shared/sync/hub-calls';
import type { HubClient } from '../../../shared/sync/hub-client';
import { isTransient } from '../../../shared/sync/hub-failure';
import { testDraft } from '../../hub/support/decisions';
import type { Command } from './fault-commands';
import { count, live, must, pickOf, PROJECT_ID, type Run } from './fault-run';

/** The lead's call through the faulty network, retried until the hub answers. */
async function leadCall(run: Run, call: HubCall) {
  const transport = run.network.transport('lead-publishing', run.hub.users.lead.token);
  for (let attempt = 1; attempt <= 20; attempt += 1) {
    const result = await transport.call(call);
    if (result.ok) {
      return result.value;
    }
    if (!isTransient(result.failure)) {
      throw new Error(`the hub refused the lead's ${call.op}: ${JSON.stringify(result.failure)}`);
    }
    count(run, `lead call failed: ${result.failure.kind}`);
  }
  return must(await run.hub.client(run.hub.users.lead).call(call));
}

export async function publish(run: Run, command: Extract<Command, { t: 'publish' }>) {
  if (command.action === 'new') {
    const draft = { id: `d-${run.drafts.length + 1}`, text: `新草稿 ${run.n}`, withdrawn: false };
    run.drafts.push(draft);
    await leadCall(run, {
      op: 'publish-drafts',
      projectId: PROJECT_ID,
      body: { drafts: [testDraft(draft.id, draft.text)] },
    });
    return;
  }
  const draft = pickOf(live(run), command.d);
  if (draft === undefined) {
    return;
  }
  if (command.action === 'withdraw') {
    draft.withdrawn = true;
    const body = { reason: 'fault model' };
    await leadCall(run, { op: 'withdraw-draft', projectId: PROJECT_ID, draftId: draft.id, body });
    return;
  }
  const held = await run.hub.storage().read((sql) => draftsByIds(sql, PROJECT_ID, [draft.id]));
  draft.text = `${draft.text}+r${(run.n += 1)}`;
  const body = {
    baseVersion: held.get(draft.id)?.version ?? 1,
    draft: testDraft(draft.id, draft.text),
  };
  await leadCall(run, { op: 'revise-draft', projectId: PROJECT_ID, draftId: draft.id, body });
}

/** After a restore: the lead publishes again what the hub lost (drafts, revisions, withdrawals). */
export async function republish(run: Run, lead: HubClient) {
  const ids = run.drafts.map((draft) => draft.id);
  const held = await run.hub.storage().read((sql) => draftsByIds(sql, PROJECT_ID, ids));
  for (const draft of run.drafts) {
    const row = held.get(draft.id);
    const content = draftInputSchema.parse(testDraft(draft.id, draft.text));
    if (row === undefined) {
      must(
        await lead.call({
          op: 'publish-drafts',
          projectId: PROJECT_ID,
          body: { drafts: [content] },
        }),
      );
    } else if (row.content_hash !== draftContentHash(content) && row.withdrawn_seq === null) {
      const body = { baseVersion: row.version, draft: content };
      must(await lead.call({ op: 'revise-draft', projectId: PROJECT_ID, draftId: draft.id, body }));
    }
    if (draft.withdrawn && (row?.withdrawn_seq ?? null) === null) {
      const body = {};
      must(
        await lead.call({ op: 'withdraw-draft', projectId: PROJECT_ID, draftId: draft.id, body }),
      );
    }
  }
}
