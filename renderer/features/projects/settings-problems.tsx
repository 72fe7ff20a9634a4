/**
 * The problems of the last refused save: a list that names each field and the reason (an alert,
 * so screen readers announce it), and a context the inputs read to mark themselves invalid.
 */
import { createContext, useContext, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsProblem } from '../../../shared/domain/project-settings-check';
import { pathKey, settingsProblemText } from './settings-problem-text';

/** Path keys (`rubric.questions.0.label.en`) of the refused fields. */
export const RefusedFields = createContext<ReadonlySet<string>>(new Set());

/** True when the field at `path` was refused by the last save (for `aria-invalid`). */
export function useRefused(path: readonly (string | number)[]): boolean {
  return useContext(RefusedFields).has(pathKey(path));
}

export interface SettingsProblemsProps {
  problems: readonly SettingsProblem[];
  /** Focused after a refused save when no field of its own can be (tabIndex -1). */
  ref?: Ref<HTMLDivElement>;
}

export function SettingsProblems({ problems, ref }: SettingsProblemsProps) {
  const { t, i18n } = useTranslation();
  if (problems.length === 0) {
    return null;
  }
  return (
    <div className="projects-problems" role="alert" tabIndex={-1} ref={ref}>
      <p>{t('projects.settings.problemsTitle')}</p>
      <ul>
        {problems.map((problem) => (
          <li key={pathKey(problem.path)}>{settingsProblemText(problem, t, i18n.language)}</li>
        ))}
      </ul>
    </div>
  );
}
