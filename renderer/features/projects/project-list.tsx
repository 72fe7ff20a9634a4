/**
 * The projects on this machine; choosing one opens its queue. The open one is marked (and stays
 * a button, so focus is not lost when the one just chosen becomes the open one).
 */
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../shared/domain/project';

export interface ProjectListProps {
  projects: readonly Project[];
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
              {isOpen ? (
                <span className="projects-list-badge">{t('projects.list.current')}</span>
              ) : null}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
