/**
 * Renames the open project; reports an edited, unsaved name so closing can ask first. A project
 * on the team hub is renamed on the hub, by a lead or an admin; nobody else is offered the form.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectNameProblem } from '../../../shared/domain/project-name';
import type { HubFailure } from '../../../shared/sync/hub-failure';
import type { ProjectRow } from '../../db/rows';
import { useProjectsStore } from '../../stores/projects/projects-store';
import { HubFailureMessage } from '../sync/hub-failure-message';
import { useHubRole } from '../team-hub/use-hub-role';
import { NameField } from './name-field';

export interface RenameProjectFormProps {
  project: ProjectRow;
  onDirtyChange: (dirty: boolean) => void;
}

type RenameStatus = 'idle' | 'renamed' | 'failed' | 'lead-only' | 'stale';

/** The form, or nothing for someone who may not rename a project on the hub. */
export function RenameProjectForm(props: RenameProjectFormProps) {
  const { mayPublish } = useHubRole();
  return props.project.hub !== undefined && !mayPublish ? null : <RenameForm {...props} />;
}

function RenameForm({ project, onDirtyChange }: RenameProjectFormProps) {
  const { t } = useTranslation();
  const renameProject = useProjectsStore((state) => state.renameProject);
  const [name, setName] = useState(project.name);
  const [problem, setProblem] = useState<ProjectNameProblem | null>(null);
  const [status, setStatus] = useState<RenameStatus>('idle');
  const [hubFailure, setHubFailure] = useState<HubFailure | null>(null);
  const dirty = name.trim() !== project.name;

  useEffect(() => {
    onDirtyChange(dirty);
  }, [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setHubFailure(null);
    try {
      const renamed = await renameProject(project.id, name);
      if (renamed.ok) {
        setName(name.trim());
        setStatus('renamed');
      } else if ('problem' in renamed) {
        setProblem(renamed.problem);
        setStatus('idle');
      } else if (renamed.reason === 'hub') {
        setHubFailure(renamed.failure);
        setStatus('idle');
      } else {
        setStatus(renamed.reason);
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
          setHubFailure(null);
        }}
      />
      <button type="submit" className="button">
        {t('projects.rename.submit')}
      </button>
      <p className="projects-status" role="status">
        {status === 'renamed' ? t('projects.rename.renamed') : null}
        {status === 'failed' ? t('projects.rename.failed') : null}
        {status === 'lead-only' ? t('projects.rename.leadOnly') : null}
        {status === 'stale' ? t('projects.rename.stale') : null}
      </p>
      {hubFailure === null ? null : (
        <div role="alert" className="projects-form-problem">
          <HubFailureMessage
            failure={hubFailure}
            lead={t('projects.rename.notRenamedOnHub')}
            className="projects-problems"
          />
        </div>
      )}
    </form>
  );
}
