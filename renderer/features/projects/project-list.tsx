/**
 * The projects on this machine; choosing one opens its queue. The open one is marked (and stays
 * a button, so focus is not lost when the one just chosen becomes the open one), and so is each
 * one on the team hub.
 */
import { useTranslation } from 'react-i18next';
import type { ProjectRow } from '../../db/rows';

export interface ProjectListProps {
  projects: readonly ProjectRow[];
  openId: string | null;
  onOpen: (id: string) => void;
}

export function ProjectList({ projects, openId, onOpen }: ProjectListProps) {
  const { t } = useTranslation();
  if (projects.length === 0) {
    return <p className="projects-hint">{t('projects.list.empty')}</p>;
  }
  return (
    <ul className="projects-list">
      {projects.map((project) => {
        const isOpen = project.id === openId;
        return (
          <li key={project.id}>
            <button
              type="button"
              className="projects-list-button"
              aria-current={isOpen || undefined}
              onClick={() => {
                if (!isOpen) {
                  onOpen(project.id);
                }
              }}
            >
              <span className="projects-list-name">{project.name}</span>
              {project.hub === undefined && !isOpen ? null : (
                // Stacked, so a long (or Chinese) name keeps the width of the list.
                <span className="projects-list-badges">
                  {isOpen ? (
                    <span className="projects-list-badge">{t('projects.list.current')}</span>
                  ) : null}
                  {project.hub === undefined ? null : (
                    <span className="projects-list-badge hub-badge">
                      {t('projects.list.onHub')}
                    </span>
                  )}
                </span>
              )}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
