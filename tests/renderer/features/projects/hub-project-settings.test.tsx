/**
 * The settings of a project on the team hub: a lead's or admin's change goes through the hub
 * (from the version it was made on; someone else's newer version refuses it), anyone else reads
 * them without controls and is told who sets them.
 */
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { settingsOf } from '../../../../shared/domain/project-settings';
import type { HubRole } from '../../../../shared/sync/roles';
import { useNavigationStore } from '../../../../renderer/stores/navigation/navigation-store';
import { useProjectsStore } from '../../../../renderer/stores/projects/projects-store';
import { useSyncStore } from '../../../../renderer/stores/sync/sync-store';
import {
  connectAs,
  draftRow,
  fail,
  ok,
  projectRow,
  resetHubEnvironment,
  seedProject,
  type ScriptedHub,
} from '../team-hub/hub-harness';
import { openProjectsDialog, storedProject } from './projects-harness';

let hub: ScriptedHub;

beforeEach(async () => {
  hub = await resetHubEnvironment();
  await seedProject(projectRow('p-hub', true, { name: 'Team queue' }), [draftRow('p-hub', 'd-1')]);
  await useProjectsStore.getState().load();
  await useNavigationStore.getState().openQueue('p-hub');
});

afterEach(async () => {
  cleanup();
  await useSyncStore.getState().reset();
});

/** The hub takes a revision made on version 1 as version 2. */
function answerRevision() {
  hub.answer('revise-settings', (call) => {
    const body = call.body as { baseVersion: number; settings: never; name?: string };
    return ok({
      status: 'revised',
      seq: 9,
      project: {
        projectId: call.projectId,
        name: body.name ?? 'Team queue',
        settingsVersion: body.baseVersion + 1,
        settings: body.settings,
      },
    });
  });
}

describe.each<HubRole>(['reviewer', 'evaluator'])('for a %s', (role) => {
  it('shows the settings read-only, says who sets them, and offers no save or rename', async () => {
    connectAs(role);
    const { dialog } = await openProjectsDialog();
    expect(dialog).toHaveTextContent("These settings are set by the team's lead on the hub.");
    // Read-only, yet focusable: the guidelines can be scrolled and read by keyboard.
    for (const name of [
      'English guidelines (markdown)',
      'Traditional Chinese guidelines (markdown)',
    ]) {
      expect(within(dialog).getByRole('textbox', { name })).toHaveAttribute('readonly');
    }
    expect(within(dialog).getByRole('button', { name: 'Add a reason' })).toBeDisabled();
    // Not merely hidden from the accessibility tree: not there (a stylesheet cannot show it).
    expect(within(dialog).queryByText('Save settings')).toBeNull();
    expect(within(dialog).queryByText('Undo changes')).toBeNull();
    expect(within(dialog).queryByRole('textbox', { name: 'Project name' })).toBeNull();
    expect(within(dialog).queryByRole('button', { name: 'Rename' })).toBeNull();
  });

  it('is refused by the store too, and nothing is sent', async () => {
    connectAs(role);
    const project = await storedProject('p-hub');
    const changed = { ...settingsOf(project!), guidelines: 'Mine now' };
    expect(await useProjectsStore.getState().saveProjectSettings('p-hub', changed, 1)).toEqual({
      ok: false,
      reason: 'lead-only',
    });
    expect(await useProjectsStore.getState().renameProject('p-hub', 'Mine')).toEqual({
      ok: false,
      reason: 'lead-only',
    });
    expect(hub.calls).toEqual([]);
    expect((await storedProject('p-hub'))?.guidelines).toBe('# Check amounts');
  });
});

describe('without a connection', () => {
  it('shows the settings read-only and says to connect to change them', async () => {
    const { dialog } = await openProjectsDialog('zh-TW');
    expect(dialog).toHaveTextContent('這個專案在團隊伺服器上，設定也要在伺服器上修改。');
    expect(
      within(dialog).getByRole('textbox', { name: '繁體中文審閱準則（Markdown）' }),
    ).toHaveAttribute('readonly');
    expect(within(dialog).getByRole('button', { name: '新增原因' })).toBeDisabled();
  });
});

describe('for a lead', () => {
  it('saves through the hub from the version the edit started on', async () => {
    connectAs('lead');
    answerRevision();
    const { dialog, user } = await openProjectsDialog();
    // The hub's one-string guidelines (an older app published them) are English: they open in
    // the English field, and go back in both languages.
    const guidelines = within(dialog).getByRole('textbox', {
      name: 'English guidelines (markdown)',
    });
    expect(guidelines).toHaveValue('# Check amounts');
    await user.clear(guidelines);
    await user.type(guidelines, 'Check every amount.');
    await user.click(within(dialog).getByRole('button', { name: 'Save settings' }));
    expect(await within(dialog).findByText('Saved on the team hub as version 2.')).toBeVisible();
    expect(hub.calls).toMatchObject([
      {
        op: 'revise-settings',
        projectId: 'p-hub',
        body: {
          baseVersion: 1,
          settings: { guidelines: { en: 'Check every amount.', 'zh-TW': '' } },
        },
      },
    ]);
    const stored = await storedProject('p-hub');
    expect(stored?.guidelinesVersion).toBe(2);
    expect(stored?.guidelines).toEqual({ en: 'Check every amount.', 'zh-TW': '' });
  });

  it('says someone else changed them on the hub, and keeps the edit unsaved', async () => {
    connectAs('lead');
    hub.answer('revise-settings', () =>
      fail({
        kind: 'refused',
        status: 409,
        code: 'stale_version',
        message: 'version 3 on the hub',
      }),
    );
    const { dialog, user } = await openProjectsDialog();
    await user.type(
      within(dialog).getByRole('textbox', { name: 'English guidelines (markdown)' }),
      '!',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save settings' }));
    expect(
      await within(dialog).findByText(/someone changed these settings on the hub meanwhile/),
    ).toBeVisible();
    expect(within(dialog).getByText('Unsaved changes')).toBeVisible();
    expect((await storedProject('p-hub'))?.guidelinesVersion).toBe(1);
  });

  it('explains a hub failure with what to do', async () => {
    connectAs('admin');
    hub.answer('revise-settings', () => fail({ kind: 'offline', message: 'fetch failed' }));
    const { dialog, user } = await openProjectsDialog();
    await user.type(
      within(dialog).getByRole('textbox', { name: 'English guidelines (markdown)' }),
      '!',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save settings' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Not saved on the hub.');
    expect(alert).toHaveTextContent('Loupe could not reach the hub.');
    expect(alert).toHaveTextContent("Check the hub's address");
  });

  it('renames through the hub', async () => {
    connectAs('lead');
    answerRevision();
    const { dialog, user } = await openProjectsDialog();
    const name = within(dialog).getByRole('textbox', { name: 'Project name' });
    await user.clear(name);
    await user.type(name, 'Team queue Q1');
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }));
    expect(await within(dialog).findByText('Renamed.')).toBeVisible();
    expect(hub.calls).toMatchObject([
      { op: 'revise-settings', body: { name: 'Team queue Q1', baseVersion: 1 } },
    ]);
    expect((await storedProject('p-hub'))?.name).toBe('Team queue Q1');
    expect(screen.getByRole('heading', { level: 3, name: 'Team queue Q1' })).toBeVisible();
  });
});
