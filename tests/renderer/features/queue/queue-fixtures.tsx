/** Synthetic drafts for queue tests, and a renderer that wraps a component in i18n. */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '../../../../shared/ipc/contract';
import { getDatabase } from '../../../../renderer/db/database-instance';
import { putDrafts } from '../../../../renderer/db/repositories/drafts-repository';
import { putProject } from '../../../../renderer/db/repositories/projects-repository';
import type { DraftRow } from '../../../../renderer/db/rows';
import { createI18n } from '../../../../renderer/i18n/create-i18n';
import { useNavigationStore } from '../../../../renderer/stores/navigation/navigation-store';
import { useSettingsStore } from '../../../../renderer/stores/settings/settings-store';

/** One draft with sensible defaults; `overrides` set what a test cares about. */
export function makeDraft(overrides: Partial<DraftRow> & { id: string }): DraftRow {
  return {
    projectId: 'p1',
    context: [],
    draft: `Draft ${overrides.id}`,
    model: { name: 'gpt-4.1', version: '2025-04-14' },
    promptVersion: 'support-v1',
    metadata: {},
    priority: 1,
    createdAt: '2026-11-20T10:00:00Z',
    status: 'pending',
    ...overrides,
  };
}

/** A small project queue with known statuses, models and texts in both languages. */
export const SAMPLE_DRAFTS: DraftRow[] = [
  makeDraft({ id: 'd-1', draft: '# Refund policy\nYou can return items within 7 days.' }),
  makeDraft({
    id: 'd-2',
    draft: '您好，經濟艙的行李額度依票種不同。',
    model: { name: 'claude-sonnet', version: '4.5' },
    status: 'approved',
  }),
  makeDraft({
    id: 'd-3',
    draft: 'Meeting notes',
    context: [{ kind: 'doc', title: '會議紀錄', text: '首頁載入慢的問題已修正' }],
    model: { name: 'claude-sonnet', version: '4.5' },
    promptVersion: 'summary-v2',
    status: 'escalated',
  }),
  makeDraft({ id: 'd-4', draft: 'Shipping is delayed', prompt: 'Where is my PARCEL?' }),
  makeDraft({ id: 'd-5', draft: 'Edited answer', status: 'edited' }),
  makeDraft({ id: 'd-6', draft: 'Two reviewers disagree', status: 'disputed' }),
];

/**
 * Stores `drafts` as project p1 and opens its queue the way the app does (queue store and review
 * store both read it from the database).
 */
export async function openSyntheticProject(drafts: DraftRow[]): Promise<void> {
  const db = getDatabase();
  await putProject(db, {
    id: 'p1',
    name: 'Support replies',
    guidelines: '',
    guidelinesVersion: 1,
    createdAt: '2026-11-01T00:00:00Z',
  });
  await putDrafts(db, drafts);
  await useNavigationStore.getState().openQueue('p1');
}

/** Renders `ui` with i18n in `language` (and the settings store set to match). */
export async function renderWithI18n(ui: ReactElement, language: Language = 'en') {
  await useSettingsStore.getState().load([language]);
  const user = userEvent.setup();
  const view = render(<I18nextProvider i18n={createI18n(language)}>{ui}</I18nextProvider>);
  return { user, ...view };
}
