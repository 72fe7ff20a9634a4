/**
 * A project-name input with its inline error: the refusal is announced (role="alert"), tied to
 * the input with aria-describedby, and the input is marked invalid until the name changes.
 */
import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectNameProblem } from '../../../shared/domain/project-name';
import { nameProblemText } from './name-problem';

export interface NameFieldProps {
  label: string;
  value: string;
  problem: ProjectNameProblem | null;
  onChange: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}

export function NameField({ label, value, problem, onChange, inputRef }: NameFieldProps) {
  const { t } = useTranslation();
  const ids = { input: useId(), error: useId() };
  return (
    <div className="projects-field">
      <label htmlFor={ids.input}>{label}</label>
      <input
        id={ids.input}
        ref={inputRef}
        value={value}
        autoComplete="off"
        aria-invalid={problem !== null || undefined}
        aria-describedby={problem === null ? undefined : ids.error}
        onChange={(event) => onChange(event.target.value)}
      />
      {problem === null ? null : (
        <p id={ids.error} className="projects-error" role="alert">
          {nameProblemText(problem, t)}
        </p>
      )}
    </div>
  );
}
