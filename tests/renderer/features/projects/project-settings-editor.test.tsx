import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useReviewStore } from '../../../../renderer/stores/review/review-store';
import { useProjectsStore } from '../../../../renderer/stores/projects/projects-store';
import { resetAppEnvironment } from '../../support/app-env';
import { openDemoProject, openProjectsDialog, storedProject } from './projects-harness';

beforeEach(async () => {
  await resetAppEnvironment();
});

afterEach(cleanup);

const group = (container: HTMLElement, name: string) =>
  within(container).getByRole('group', { name });

describe('the settings editor', () => {
  it('edits an escalation reason and saves it as version 2', async () => {
    const id = await openDemoProject();
    const { dialog, user } = await openProjectsDialog();
    expect(within(dialog).getByText('Version 1')).toBeInTheDocument();
    const reason = group(dialog, 'Reason 2');
    expect(within(reason).getByRole('textbox', { name: 'Id' })).toHaveAttribute('readonly');
    const english = within(reason).getByRole('textbox', { name: 'English label' });
    await user.clear(english);
    await user.type(english, 'Breaks a policy');
    const chinese = within(reason).getByRole('textbox', { name: 'Chinese label' });
    await user.clear(chinese);
    await user.type(chinese, '違反政策');
    expect(within(dialog).getByText('Unsaved changes')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Save settings' }));
    expect(await within(dialog).findByText('Saved as version 2.')).toBeInTheDocument();
    expect(within(dialog).getByText('Version 2')).toBeInTheDocument();
    expect(within(dialog).queryByText('Unsaved changes')).toBeNull();
    const stored = await storedProject(id);
    expect(stored?.guidelinesVersion).toBe(2);
    expect(stored?.escalationReasons?.[1]).toEqual({
      id: 'policy',
      label: { en: 'Breaks a policy', 'zh-TW': '違反政策' },
    });
  });

  it('refuses a blank label and a repeated id, naming each field, and stores nothing', async () => {
    const id = await openDemoProject();
    const { dialog, user } = await openProjectsDialog();
    await user.clear(
      within(group(dialog, 'Reason 1')).getByRole('textbox', { name: 'English label' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Add a reason' }));
    const added = group(dialog, 'Reason 6');
    // The new reason's first label takes focus; its id can still be edited.
    expect(within(added).getByRole('textbox', { name: 'English label' })).toHaveFocus();
    const newId = within(added).getByRole('textbox', { name: 'Id' });
    expect(newId).not.toHaveAttribute('readonly');
    await user.clear(newId);
    await user.type(newId, 'policy');
    await user.type(within(added).getByRole('textbox', { name: 'English label' }), 'Again');
    await user.type(within(added).getByRole('textbox', { name: 'Chinese label' }), '又一次');

    await user.click(within(dialog).getByRole('button', { name: 'Save settings' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Reason 1 · English label: must not be empty');
    expect(alert).toHaveTextContent('Reason 6 · id: this id is already used');
    expect(
      within(group(dialog, 'Reason 1')).getByRole('textbox', { name: 'English label' }),
    ).toHaveAttribute('aria-invalid', 'true');
    expect((await storedProject(id))?.guidelinesVersion).toBe(1);

    // The list follows the fixes as they are typed.
    await user.type(
      within(group(dialog, 'Reason 1')).getByRole('textbox', { name: 'English label' }),
      'Factual error',
    );
    expect(within(dialog).getByRole('alert')).not.toHaveTextContent('Reason 1');
    await user.clear(newId);
    await user.type(newId, 'again');
    expect(within(dialog).queryByRole('alert')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Save settings' }));
    expect(await within(dialog).findByText('Saved as version 2.')).toBeInTheDocument();
    expect((await storedProject(id))?.escalationReasons?.map((r) => r.id)).toEqual([
      'factual-error',
      'policy',
      'harmful',
      'specialist',
      'other',
      'again',
    ]);
  });

  it('adds a rubric question, moves it up and saves the new order', async () => {
    const id = await openDemoProject();
    const { dialog, user } = await openProjectsDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Add a question' }));
    const added = group(dialog, 'Question 4');
    // A new question starts as one choice with one empty choice; free text has no choices.
    expect(within(added).getByRole('group', { name: 'Choices' })).toBeInTheDocument();
    await user.selectOptions(within(added).getByRole('combobox', { name: 'Answer' }), 'Free text');
    expect(within(added).queryByRole('group', { name: 'Choices' })).toBeNull();
    await user.type(
      within(added).getByRole('textbox', { name: 'English label' }),
      'Would you send it?',
    );
    await user.type(
      within(added).getByRole('textbox', { name: 'Chinese label' }),
      '你會直接寄出嗎？',
    );
    await user.click(within(added).getByRole('checkbox', { name: 'Required' }));
    await user.click(within(added).getByRole('button', { name: 'Move question 4 up' }));
    // The question moved, and the button that moved it keeps focus.
    const moved = group(dialog, 'Question 3');
    expect(within(moved).getByRole('textbox', { name: 'English label' })).toHaveValue(
      'Would you send it?',
    );
    expect(within(moved).getByRole('button', { name: 'Move question 3 up' })).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Save settings' }));
    expect(await within(dialog).findByText('Saved as version 2.')).toBeInTheDocument();
    const questions = (await storedProject(id))?.rubric?.questions ?? [];
    expect(questions.map((q) => q.id)).toEqual([
      'error-categories',
      'quality',
      'question-4',
      'note',
    ]);
    expect(questions[2]).toEqual({
      id: 'question-4',
      kind: 'text',
      label: { en: 'Would you send it?', 'zh-TW': '你會直接寄出嗎？' },
      required: true,
    });
  });

  it('speaks Traditional Chinese, problems included', async () => {
    await openDemoProject('zh-TW');
    const { dialog, user } = await openProjectsDialog('zh-TW');
    expect(dialog).toHaveAccessibleName('專案');
    expect(within(dialog).getByText('第 1 版')).toBeInTheDocument();
    await user.clear(within(group(dialog, '原因 1')).getByRole('textbox', { name: '中文標籤' }));
    await user.click(within(dialog).getByRole('button', { name: '儲存設定' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      '原因 1・中文標籤：不可空白',
    );
  });
});

describe('unsaved changes', () => {
  it('asks before closing; Escape keeps editing, Discard closes without saving', async () => {
    const id = await openDemoProject();
    const { dialog, user } = await openProjectsDialog();
    const guidelines = within(dialog).getByRole('textbox', {
      name: 'English guidelines (markdown)',
    });
    await user.type(guidelines, 'One more rule.');

    await user.keyboard('{Escape}');
    const prompt = await screen.findByRole('alertdialog', { name: 'Discard unsaved changes?' });
    expect(within(prompt).getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect((guidelines as HTMLTextAreaElement).value).toContain('One more rule.');
    expect(guidelines).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await user.click(await screen.findByRole('button', { name: 'Discard changes' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Project' })).toHaveFocus();
    expect((await storedProject(id))?.guidelinesVersion).toBe(1);
    expect(JSON.stringify((await storedProject(id))?.guidelines)).not.toContain('One more rule.');
  });

  it('asks before opening another project over unsaved edits, and closes at once when saved', async () => {
    await openDemoProject();
    const other = await useProjectsStore.getState().createProject('Other queue');
    const { dialog, user } = await openProjectsDialog();
    await user.type(within(dialog).getByRole('textbox', { name: 'Project name' }), ' (old)');
    await user.click(within(dialog).getByRole('button', { name: 'Other queue' }));
    await user.click(await screen.findByRole('button', { name: 'Keep editing' }));
    expect(within(dialog).getByRole('textbox', { name: 'Project name' })).toHaveValue(
      'Loupe demo (old)',
    );

    await user.click(within(dialog).getByRole('button', { name: 'Other queue' }));
    await user.click(await screen.findByRole('button', { name: 'Discard changes' }));
    await waitFor(() =>
      expect(useReviewStore.getState().project?.id ?? null).toBe(other.ok ? other.id : ''),
    );
    // The other project's settings load after the switch: wait for them (slow under load).
    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: 'Project name' })).toHaveValue(
        'Other queue',
      ),
    );

    // Nothing unsaved now: Escape closes without asking.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
