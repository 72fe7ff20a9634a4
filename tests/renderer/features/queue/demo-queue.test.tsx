import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useProjectsStore } from '../../../../renderer/stores/projects/projects-store';
import { useNavigationStore } from '../../../../renderer/stores/navigation/navigation-store';
import { useProfileStore } from '../../../../renderer/stores/profile/profile-store';
import { useQueueStore } from '../../../../renderer/stores/queue/queue-store';
import { useReviewStore } from '../../../../renderer/stores/review/review-store';
import { renderApp } from '../../app/render-app';
import { resetAppEnvironment } from '../../support/app-env';

beforeEach(async () => {
  await resetAppEnvironment();
  await useProfileStore.getState().load();
  await useProfileStore.getState().saveDisplayName('Reviewer');
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('loading the demo queue from the empty queue', () => {
  it('loads at least 40 drafts and shows the queue (English)', async () => {
    const { user } = await renderApp(['en-US']);
    const empty = await screen.findByTestId('empty-queue');
    expect(within(empty).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Your queue is empty',
    );
    await user.click(within(empty).getByRole('button', { name: 'Load the demo queue' }));

    const list = await screen.findByRole('listbox', { name: 'Drafts' }, { timeout: 5000 });
    expect(useQueueStore.getState().entries.length).toBeGreaterThanOrEqual(40);
    expect(within(list).getAllByRole('option').length).toBeGreaterThan(0);
    expect(screen.queryByTestId('empty-queue')).toBeNull();
    expect(screen.getByTestId('count-pending')).toHaveTextContent(
      String(useQueueStore.getState().entries.length),
    );
  });

  it('loads it in Traditional Chinese, with the project named in Chinese', async () => {
    const { user } = await renderApp(['zh-TW']);
    const empty = await screen.findByTestId('empty-queue');
    expect(within(empty).getByRole('heading', { level: 2 })).toHaveTextContent('佇列是空的');
    await user.click(within(empty).getByRole('button', { name: '載入示範佇列' }));
    expect(await screen.findByRole('listbox', { name: '草稿' }, { timeout: 5000 })).toBeVisible();
    expect(useProjectsStore.getState().projects[0]?.name).toBe(
      useReviewStore.getState().project?.name,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      useReviewStore.getState().project?.name ?? '',
    );
  });

  it('says so clearly when loading fails, and keeps the button to try again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(useProjectsStore.getState(), 'loadDemoQueue');
    useProjectsStore.setState({ loadDemoQueue: () => Promise.reject(new Error('disk full')) });
    const { user } = await renderApp(['en-US']);
    const empty = await screen.findByTestId('empty-queue');
    await user.click(within(empty).getByRole('button', { name: 'Load the demo queue' }));
    expect(await within(empty).findByRole('alert')).toHaveTextContent(
      'The demo queue could not be loaded',
    );
    expect(useNavigationStore.getState().demoStatus).toBe('error');
    expect(within(empty).getByRole('button', { name: 'Load the demo queue' })).toBeVisible();
  });
});
