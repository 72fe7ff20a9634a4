import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useProfileStore } from '../../../../renderer/stores/profile/profile-store';
import { renderApp } from '../../app/render-app';
import { resetAppEnvironment, simulateRestart } from '../../support/app-env';

beforeEach(async () => {
  await resetAppEnvironment();
});

afterEach(cleanup);

describe('first-start onboarding', () => {
  it('refuses an empty name with a message, then saves one that survives a restart', async () => {
    const { user, unmount } = await renderApp(['en-US']);
    const onboarding = await screen.findByTestId('onboarding');
    expect(within(onboarding).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Welcome to Loupe',
    );
    // The header switches stay usable and the empty queue still explains Loupe.
    expect(screen.getByRole('combobox', { name: 'Language' })).toBeInTheDocument();
    expect(await screen.findByTestId('empty-queue')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load the demo queue' })).toBeNull();

    const name = within(onboarding).getByRole('textbox', { name: 'Your display name' });
    expect(name).toHaveAccessibleDescription(/Every decision you make carries this name/);
    await user.type(name, '   {Enter}');
    expect(await within(onboarding).findByRole('alert')).toHaveTextContent('Enter a name first.');
    expect(name).toHaveAttribute('aria-invalid', 'true');

    await user.clear(name);
    await user.type(name, 'Mei-Ling Chen{Enter}');
    await waitFor(() => expect(screen.queryByTestId('onboarding')).toBeNull());
    expect(await screen.findByRole('button', { name: 'Load the demo queue' })).toBeInTheDocument();
    const reviewerId = useProfileStore.getState().profile?.reviewerId;

    unmount();
    simulateRestart();
    await renderApp(['en-US']);
    expect(await screen.findByRole('button', { name: 'Load the demo queue' })).toBeInTheDocument();
    expect(screen.queryByTestId('onboarding')).toBeNull();
    expect(useProfileStore.getState().profile).toEqual({
      reviewerId,
      displayName: 'Mei-Ling Chen',
    });
  });

  it('speaks Traditional Chinese and rejects a name that is too long', async () => {
    const { user } = await renderApp(['zh-TW']);
    const onboarding = await screen.findByTestId('onboarding');
    expect(within(onboarding).getByRole('heading', { level: 2 })).toHaveTextContent(
      '歡迎使用 Loupe',
    );
    const name = within(onboarding).getByRole('textbox', { name: '您的顯示名稱' });
    await user.click(name);
    await user.paste('陳'.repeat(81));
    await user.click(within(onboarding).getByRole('button', { name: '開始審閱' }));
    expect(await within(onboarding).findByRole('alert')).toHaveTextContent(
      '名稱請勿超過 80 個字元。',
    );
    expect(useProfileStore.getState().profile).toBeNull();
  });
});

describe('Settings dialog', () => {
  it('renames the reviewer, keeps the reviewer id, closes on Escape and restores focus', async () => {
    await useProfileStore.getState().load();
    await useProfileStore.getState().saveDisplayName('Alex');
    const reviewerId = useProfileStore.getState().profile?.reviewerId;
    const { user } = await renderApp(['en-US']);
    await screen.findByTestId('empty-queue');

    const settings = screen.getByRole('button', { name: 'Settings' });
    await user.click(settings);
    const dialog = screen.getByRole('dialog', { name: 'Settings' });
    const name = within(dialog).getByRole('textbox', { name: 'Your display name' });
    expect(name).toHaveFocus();
    expect(name).toHaveValue('Alex');

    await user.clear(name);
    await user.type(name, 'Alex Wang{Enter}');
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Name saved.');
    expect(useProfileStore.getState().profile).toEqual({ reviewerId, displayName: 'Alex Wang' });

    // Focus stays inside: Tab from the last control wraps to the first.
    await user.tab();
    await user.tab();
    await user.tab();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(settings).toHaveFocus();
  });

  it('is labelled in Traditional Chinese', async () => {
    await useProfileStore.getState().load();
    await useProfileStore.getState().saveDisplayName('小明');
    const { user } = await renderApp(['zh-TW']);
    await user.click(await screen.findByRole('button', { name: '設定' }));
    const dialog = screen.getByRole('dialog', { name: '設定' });
    expect(within(dialog).getByRole('textbox', { name: '您的顯示名稱' })).toHaveValue('小明');
    await user.click(within(dialog).getByRole('button', { name: '關閉' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
