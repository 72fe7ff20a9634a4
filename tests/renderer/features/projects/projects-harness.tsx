/** Shared steps of the Projects dialog tests: a stored project that is open, and the dialog open. */
import { screen } from '@testing-library/react';
import { getDatabase } from '../../../../renderer/db/database-instance';
import { getProject } from '../../../../renderer/db/repositories/projects-repository';
import { ProjectsButton } from '../../../../renderer/features/projects/projects-button';
import { useNavigationStore } from '../../../../renderer/stores/navigation/navigation-store';
import { useProjectsStore } from '../../../../renderer/stores/projects/projects-store';
import type { Language } from '../../../../shared/ipc/contract';
import { renderInI18n } from '../keyboard/render-in-i18n';

/** Stores the demo project (five escalation reasons, three questions) and opens its queue. */
export async function openDemoProject(language: Language = 'en'): Promise<string> {
  const id = await useProjectsStore.getState().loadDemoQueue(language);
  await useNavigationStore.getState().openQueue(id);
  return id;
}

/** Renders the header's Project button in `language` and opens the dialog with it. */
export async function openProjectsDialog(language: Language = 'en') {
  const view = renderInI18n(<ProjectsButton />, language);
  await view.user.click(
    screen.getByRole('button', { name: language === 'en' ? 'Project' : '專案' }),
  );
  const dialog = await screen.findByRole('dialog');
  return { ...view, dialog };
}

/** The project as stored. */
export const storedProject = (id: string) => getProject(getDatabase(), id);
