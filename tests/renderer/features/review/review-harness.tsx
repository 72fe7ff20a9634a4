/**
 * Mounts the review screen over the demo queue the way the app does: a reviewer profile, the
 * demo project's queue opened (queue and review stores), the screen inside the i18n provider.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { vi } from 'vitest';
import { ReviewScreen } from '../../../../renderer/features/review/review-screen';
import { createI18n } from '../../../../renderer/i18n/create-i18n';
import { useProfileStore } from '../../../../renderer/stores/profile/profile-store';
import { useNavigationStore } from '../../../../renderer/stores/navigation/navigation-store';
import { useProjectsStore } from '../../../../renderer/stores/projects/projects-store';
import { useQueueStore } from '../../../../renderer/stores/queue/queue-store';
import { useReviewStore } from '../../../../renderer/stores/review/review-store';
import type { Language } from '../../../../shared/ipc/contract';
import { resetAppEnvironment } from '../../support/app-env';

/** Opens the demo queue (optionally on `draftId`) and renders the review screen in `language`. */
export async function renderReview(options: { language?: Language; draftId?: string } = {}) {
  const language = options.language ?? 'en';
  await resetAppEnvironment();
  await useProfileStore.getState().load();
  await useProfileStore.getState().saveDisplayName(language === 'en' ? 'Alex' : '林小美');
  const projectId = await useProjectsStore.getState().loadDemoQueue(language);
  await useNavigationStore.getState().openQueue(projectId);
  if (options.draftId !== undefined) {
    await useReviewStore.getState().show(options.draftId);
  }
  const onBack = vi.fn();
  const user = userEvent.setup();
  const view = render(
    <I18nextProvider i18n={createI18n(language)}>
      <ReviewScreen onBack={onBack} />
    </I18nextProvider>,
  );
  return { ...view, user, onBack, screen };
}

/** The draft on screen in the review store. */
export function currentDraft() {
  return useReviewStore.getState().current?.draft;
}

/** A draft's status as the queue list shows it. */
export function queueStatus(draftId: string) {
  return useQueueStore.getState().entries.find((entry) => entry.draftId === draftId)?.status;
}

/** The draft after the one on screen in queue order. */
export function nextInQueue(): string {
  const { entries, positions } = useQueueStore.getState();
  const at = positions.get(useReviewStore.getState().currentId ?? '');
  const id = at === undefined ? undefined : entries[at + 1]?.draftId;
  if (id === undefined) {
    throw new Error('no next draft in the queue');
  }
  return id;
}

/** Lets React finish every update it has scheduled, the idle-priority ones included. */
export const settle = () => act(() => new Promise((done) => setTimeout(done, 20)));
