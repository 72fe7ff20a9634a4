/**
 * The statistics screen's audit log of one project (issue 14 point 7): pick a project, read its
 * every decision event. Shown on demand, since a large project's log is long.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProjectsStore } from '../../../stores/projects/projects-store';
import { AuditLogView } from './audit-log-view';

export function ProjectAuditSection() {
  const { t } = useTranslation();
  const projects = useProjectsStore((state) => state.projects);
  const [projectId, setProjectId] = useState('');
  const selectId = useId();
  return (
    // Printed only with a project's log in it, and never its picker.
    <section
      className={`stats-section audit-section${projectId === '' ? ' stats-no-print' : ''}`}
      aria-labelledby={`${selectId}-title`}
    >
      <h3 id={`${selectId}-title`}>{t('lead.audit.title')}</h3>
      <p className="muted">{t('lead.audit.about')}</p>
      <label className="stats-no-print" htmlFor={selectId}>
        {t('lead.audit.project')}
      </label>{' '}
      <select
        className="stats-no-print"
        id={selectId}
        value={projectId}
        onChange={(event) => setProjectId(event.target.value)}
      >
        <option value="">{t('lead.audit.chooseProject')}</option>
        {projects.map((project) => (
          <option key={project.id} value={project.id}>
            {project.name}
          </option>
        ))}
      </select>
      {projectId !== '' && <AuditLogView scope={{ projectId }} fileName={`audit-${projectId}`} />}
    </section>
  );
}
