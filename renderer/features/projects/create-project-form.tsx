/** Creates a project from a name (checked by shared/domain/project-name.ts) and hands its id on. */
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectNameProblem } from '../../../shared/domain/project-name';
import { useProjectsStore } from '../../stores/projects/projects-store';
import { NameField } from './name-field';

export function CreateProjectForm({ onCreated }: { onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const createProject = useProjectsStore((state) => state.createProject);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<ProjectNameProblem | null>(null);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) {
      return;
    }
    setBusy(true);
    setFailed(false);
    try {
      const created = await createProject(name);
      if (created.ok) {
        setName('');
        setProblem(null);
        onCreated(created.id);
      } else {
        setProblem(created.problem);
        input.current?.focus();
      }
    } catch (error) {
      console.error('Could not create the project', error);
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="projects-form" onSubmit={(event) => void submit(event)} noValidate>
      <NameField
        label={t('projects.create.name')}
        value={name}
        problem={problem}
        inputRef={input}
        onChange={(value) => {
          setName(value);
          setProblem(null);
        }}
      />
      <button type="submit" className="button" aria-disabled={busy || undefined}>
        {t('projects.create.submit')}
      </button>
      {failed ? (
        <p className="projects-error" role="alert">
          {t('projects.create.failed')}
        </p>
      ) : null}
    </form>
  );
}
