/**
 * "Publish to hub…" in the Projects dialog: only a lead or an admin sees it, on a project that
 * is only on this machine; a confirmation says what will be sent; progress by drafts; the hub's
 * outcome, or the failure with what to do; a project on the hub says that it is.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '../../../../renderer/db/database-instance';
import { getProject } from '../../../../renderer/db/repositories/projects-repository';
import { useNavigationStore } from '../../../../renderer/stores/navigation/navigation-store';
import { useProjectsStore } from '../../../../renderer/stores/projects/projects-store';
import { useSyncStore } from '../../../../renderer/stores/sync/sync-store';
import type { HubRole } from '../../../../shared/sync/roles';
import { openProjectsDialog } from '../projects/projects-harness';
import {
  connectAs,
  draftRow,
  fail,
  ok,
  projectRow,
  resetHubEnvironment,
  seedProject,
  storeHubIdentity,
  type ScriptedHub,
} from './hub-harness';

let hub: ScriptedHub;

beforeEach(async () => {
  hub = await resetHubEnvironment();
});

afterEach(async () => {
  cleanup();
  await useSyncStore.getState().reset();
});

/** A local project of three drafts, open in the queue. */
async function openLocalProject() {
  await seedProject(projectRow('p-local', false, { name: 'Refund replies' }), [
    draftRow('p-local', 'd-1'),
    draftRow('p-local', 'd-2'),
    draftRow('p-local', 'd-3'),
  ]);
  await useProjectsStore.getState().load();
  await useNavigationStore.getState().openQueue('p-local');
}

/** The hub publishes the project, and every draft as new, once `release` is called. */
function answerPublish() {
  let release = () => undefined as void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  hub.answer('publish-project', (call) => {
    const body = call.body as { projectId: string; name: string; settings: never };
    return ok({
      status: 'published',
      seq: 5,
      project: {
        projectId: body.projectId,
        name: body.name,
        settingsVersion: 1,
        settings: body.settings,
      },
    });
  });
  hub.answer('publish-drafts', async (call) => {
    await gate;
    const { drafts } = call.body as { drafts: { id: string }[] };
    return ok({
      results: drafts.map((draft, index) => ({
        draftId: draft.id,
        status: index === 0 ? ('unchanged' as const) : ('published' as const),
        draftVersion: 1,
        seq: 10 + index,
      })),
    });
  });
  return () => release();
}

describe.each<HubRole>(['reviewer', 'evaluator'])('for a %s', (role) => {
  it('offers no publishing, and says who publishes', async () => {
    connectAs(role);
    await openLocalProject();
    const { dialog } = await openProjectsDialog();
    expect(within(dialog).queryByRole('button', { name: /Publish/ })).toBeNull();
    expect(dialog).toHaveTextContent('This project is only on this computer');
    expect(dialog).toHaveTextContent('A lead or an admin publishes projects to the hub.');
  });
});

describe('without a hub', () => {
  it('offers no publishing', async () => {
    await openLocalProject();
    const { dialog } = await openProjectsDialog();
    expect(within(dialog).queryByRole('button', { name: /Publish/ })).toBeNull();
    expect(dialog).toHaveTextContent('This project is only on this computer');
  });
});

describe('for a lead', () => {
  it('confirms what will be sent, and Cancel sends nothing', async () => {
    connectAs('lead');
    await openLocalProject();
    const { dialog, user } = await openProjectsDialog();
    const open = within(dialog).getByRole('button', { name: 'Publish to hub…' });
    await user.click(open);
    const confirm = within(dialog).getByRole('group', {
      name: 'Publish “Refund replies” to the team hub?',
    });
    expect(confirm).toHaveTextContent(
      "The hub receives the project's name, its review settings (version 1) and its 3 drafts",
    );
    expect(confirm).toHaveTextContent('reviewers get its drafts in their queues');
    expect(confirm).toHaveTextContent('Decisions already made here go with the next sync.');
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(within(dialog).queryByRole('group', { name: /Publish/ })).toBeNull();
    expect(screen.getByRole('dialog')).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Publish to hub…' })).toHaveFocus();
    expect(hub.calls).toEqual([]);
  });

  it('publishes with progress, then says what the hub did and that the project is on it', async () => {
    connectAs('admin');
    await storeHubIdentity();
    await openLocalProject();
    const release = answerPublish();
    const { dialog, user } = await openProjectsDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Publish to hub…' }));
    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));
    expect(await within(dialog).findByText('Publishing: 0 of 3 drafts sent…')).toBeVisible();
    expect(
      within(dialog).getByRole('progressbar', { name: 'Publishing progress' }),
    ).toHaveAttribute('max', '3');
    release();
    expect(await within(dialog).findByText('Published to the team hub.')).toBeVisible();
    const counts = dialog.querySelector('.team-hub-counts');
    expect(counts).toHaveTextContent('New on the hub2');
    expect(counts).toHaveTextContent('Already on the hub1');
    expect(counts).toHaveTextContent('Updated on the hub0');
    expect(counts).toHaveTextContent('Skipped0');
    expect(hub.calls.map((call) => call.op)).toEqual(['publish-project', 'publish-drafts']);
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: /Refund replies/ })).toHaveTextContent(
        'on the hub',
      ),
    );
    expect(dialog).toHaveTextContent('On the team hub');
    expect(within(dialog).queryByRole('button', { name: 'Publish to hub…' })).toBeNull();
    expect((await getProject(getDatabase(), 'p-local'))?.hub?.hubId).toBe('hub-1');
  });

  it('explains a failure with what to do, and that publishing again finishes the job', async () => {
    connectAs('lead');
    await openLocalProject();
    hub.answer('publish-project', () =>
      fail({ kind: 'forbidden', status: 403, message: 'Only leads publish.' }),
    );
    const { dialog, user } = await openProjectsDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Publish to hub…' }));
    await user.click(within(dialog).getByRole('button', { name: 'Publish' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Not published.');
    expect(alert).toHaveTextContent('Your role on the hub does not allow this.');
    expect(alert).toHaveTextContent('The hub said: “Only leads publish.”');
    expect(alert).toHaveTextContent(
      'Publishing again finishes the rest without sending any twice.',
    );
    expect(within(dialog).getByRole('button', { name: 'Publish to hub…' })).toBeVisible();
  });

  it('is worded in Traditional Chinese', async () => {
    connectAs('lead');
    await storeHubIdentity();
    await openLocalProject();
    const release = answerPublish();
    release();
    const { dialog, user } = await openProjectsDialog('zh-TW');
    await user.click(within(dialog).getByRole('button', { name: '發布到伺服器…' }));
    const confirm = within(dialog).getByRole('group', {
      name: '要將「Refund replies」發布到團隊伺服器嗎？',
    });
    expect(confirm).toHaveTextContent('審閱設定（第 1 版），以及 3 份草稿');
    await user.click(within(confirm).getByRole('button', { name: '發布' }));
    expect(await within(dialog).findByText('已發布到團隊伺服器。')).toBeVisible();
    expect(dialog.querySelector('.team-hub-counts')).toHaveTextContent('新發布2');
  });
});

describe('a project on the hub', () => {
  it('says so in the list and in its section, and offers no publishing', async () => {
    connectAs('lead');
    await seedProject(projectRow('p-hub', true, { name: 'Team queue' }), [
      draftRow('p-hub', 'd-1'),
    ]);
    await useProjectsStore.getState().load();
    await useNavigationStore.getState().openQueue('p-hub');
    const { dialog } = await openProjectsDialog();
    expect(within(dialog).getByRole('button', { name: /Team queue/ })).toHaveTextContent(
      'on the hub',
    );
    expect(dialog).toHaveTextContent('On the team hub');
    expect(dialog).toHaveTextContent('Reviewers on the team get its drafts');
    expect(within(dialog).queryByRole('button', { name: 'Publish to hub…' })).toBeNull();
  });
});
