/** Renames the open project; reports an edited, unsaved name so closing can ask first. */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectNameProblem } from '../../../shared/domain/project-name';
import type { Project } from '../../../shared/domain/project';
import { useProjectsStore } from '../../stores/projects/projects-store';
import { NameField } from './name-field';

export interface RenameProjectFormProps {
  project: Project;
  onDirtyChange: (dirty: boolean) => void;
}

export function RenameProjectForm({ project, onDirtyChange }: RenameProjectFormProps) {
  const { t } = useTranslation();
  const renameProject = useProjectsStore((state) => state.renameProject);
  const [name, setName] = useState(project.name);
  const [problem, setProblem] = useState<ProjectNameProblem | null>(null);
  const [status, setStatus] = useState<'idle' | 'renamed' | 'failed'>('idle');
  const dirty = name.trim() !== project.name;

  useEffect(() => {
    onDirtyChange(dirty);
  }, [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const renamed = await renameProject(project.id, name);
      if (renamed.ok) {
        setName(name.trim());
        setStatus('renamed');
      } else {
        setProblem(renamed.problem);
        setStatus('idle');
      }
    } catch (error) {
      console.error('Could not rename the project', error);
      setStatus('failed');
    }
  };

  return (
    <form className="projects-form" onSubmit={(event) => void submit(event)} noValidate>
      <NameField
        label={t('projects.rename.label')}
        value={name}
        problem={problem}
        onChange={(value) => {
          setName(value);
          setProblem(null);
          setStatus('idle');
        }}
      />
      <button type="submit" className="button">
        {t('projects.rename.submit')}
      </button>
      <p className="projects-status" role="status">
        {status === 'renamed' ? t('projects.rename.renamed') : null}
        {status === 'failed' ? t('projects.rename.failed') : null}
      </p>
    </form>
  );
}
