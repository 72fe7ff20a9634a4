import { cleanup, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useReviewStore } from '../../../../renderer/stores/review/review-store';
import { useProjectsStore } from '../../../../renderer/stores/projects/projects-store';
import { resetAppEnvironment } from '../../support/app-env';
import { openDemoProject, openProjectsDialog, storedProject } from './projects-harness';

beforeEach(async () => {
  await resetAppEnvironment();
});

afterEach(cleanup);

describe('the Projects dialog: switching, creating and renaming', () => {
  it('opens from the header as a modal named Projects, listing the open project', async () => {
    await openDemoProject();
    const { dialog } = await openProjectsDialog();
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleName('Projects');
    const current = within(dialog).getByRole('button', { current: true });
    expect(current).toHaveTextContent('Loupe demo');
    expect(within(dialog).getByRole('heading', { level: 3, name: 'Loupe demo' })).toBeVisible();
  });

  it('refuses a blank name with the reason, then creates and opens the project', async () => {
    await openDemoProject();
    const { dialog, user } = await openProjectsDialog();
    const name = within(dialog).getByRole('textbox', { name: 'Name of the new project' });
    await user.type(name, '   ');
    await user.click(within(dialog).getByRole('button', { name: 'Create project' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Enter a name first.');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Enter a name first.');
    expect(useProjectsStore.getState().projects).toHaveLength(1);

    await user.clear(name);
    await user.type(name, 'x'.repeat(121));
    await user.click(within(dialog).getByRole('button', { name: 'Create project' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Use 120 characters or fewer.',
    );

    await user.clear(name);
    await user.type(name, '客服回覆{Enter}');
    const created = await within(dialog).findByRole('heading', { level: 3, name: '客服回覆' });
    expect(created).toBeVisible();
    const id = useProjectsStore.getState().projects.find((p) => p.name === '客服回覆')?.id;
    expect(useReviewStore.getState().project?.id ?? null).toBe(id);
    expect(within(dialog).getByRole('button', { current: true })).toHaveTextContent('客服回覆');
  });

  it('renames the open project', async () => {
    const id = await openDemoProject();
    const { dialog, user } = await openProjectsDialog();
    const name = within(dialog).getByRole('textbox', { name: 'Project name' });
    await user.clear(name);
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Enter a name first.');
    expect((await storedProject(id))?.name).toBe('Loupe demo');

    await user.type(name, 'Support replies Q4');
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }));
    expect(await within(dialog).findByText('Renamed.')).toBeInTheDocument();
    expect((await storedProject(id))?.name).toBe('Support replies Q4');
    expect(
      within(dialog).getByRole('heading', { level: 3, name: 'Support replies Q4' }),
    ).toBeVisible();
  });

  it('opens another project from the list', async () => {
    const demo = await openDemoProject();
    const other = await useProjectsStore.getState().createProject('Other queue');
    const { dialog, user } = await openProjectsDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Other queue' }));
    await waitFor(() =>
      expect(useReviewStore.getState().project?.id ?? null).toBe(other.ok ? other.id : ''),
    );
    expect(within(dialog).getByRole('button', { name: 'Loupe demo' })).toBeInTheDocument();
    // The chosen entry is now the open one, and still has focus: the dialog keeps the keyboard.
    expect(within(dialog).getByRole('button', { current: true })).toHaveFocus();
    expect(demo).not.toBe(useReviewStore.getState().project?.id ?? null);
  });
});
