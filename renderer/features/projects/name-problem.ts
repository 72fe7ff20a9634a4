/** The message for a refused project name (shared/domain/project-name.ts), in the UI language. */
import type { TFunction } from 'i18next';
import {
  MAX_PROJECT_NAME_LENGTH,
  type ProjectNameProblem,
} from '../../../shared/domain/project-name';

export function nameProblemText(problem: ProjectNameProblem, t: TFunction): string {
  return problem === 'empty'
    ? t('projects.nameProblem.empty')
    : t('projects.nameProblem.tooLong', { max: MAX_PROJECT_NAME_LENGTH });
}
