/**
 * The Projects dialog: switch to another project, create one, rename the open one, publish it to
 * the team hub (a lead) and edit its review settings. A ModalDialog (focus kept inside and given
 * back on close, Escape closes, rendered outside the header's banner landmark). Closing it or
 * opening another project with unsaved edits asks first.
 */
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/modal-dialog';
import { useNavigationStore } from '../../stores/navigation/navigation-store';
import { useProjectsStore } from '../../stores/projects/projects-store';
import { useReviewStore } from '../../stores/review/review-store';
import { PublishProject } from '../team-hub/publish-project';
import { CreateProjectForm } from './create-project-form';
import { ProjectList } from './project-list';
import { RenameProjectForm } from './rename-project-form';
import { SettingsEditor } from './settings-editor';
import { UnsavedChangesPrompt } from './unsaved-changes-prompt';
import { useUnsavedGuard } from './use-unsaved-guard';
import '../../styles/projects.css';

export function ProjectsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const ids = { list: useId(), create: useId(), current: useId() };
  const projects = useProjectsStore((state) => state.projects);
  const openId = useReviewStore((state) => state.project?.id ?? null);
  const openQueue = useNavigationStore((state) => state.openQueue);
  const open = projects.find((project) => project.id === openId);
  const dialog = useRef<HTMLDivElement>(null);
  const unsaved = useUnsavedGuard(dialog);

  const requestClose = () => unsaved.guard(onClose);
  const openProject = (id: string) =>
    unsaved.guard(() => {
      openQueue(id).catch((error: unknown) => console.error('Could not open the project', error));
    });

  return (
    <ModalDialog
      ref={dialog}
      title={t('projects.title')}
      onClose={requestClose}
      closeOnBackdrop
      className="projects-dialog"
      headerAction={
        <button type="button" className="button" onClick={requestClose}>
          {t('projects.close')}
        </button>
      }
      // While the question is up, it alone has the keyboard.
      inert={unsaved.asking}
      overlay={
        unsaved.asking ? (
          <UnsavedChangesPrompt onKeep={unsaved.keepEditing} onDiscard={unsaved.discard} />
        ) : null
      }
    >
      <div className="projects-dialog-columns">
        <div className="projects-dialog-side">
          <section aria-labelledby={ids.list}>
            <h3 id={ids.list}>{t('projects.list.title')}</h3>
            <ProjectList projects={projects} openId={openId} onOpen={openProject} />
          </section>
          <section aria-labelledby={ids.create}>
            <h3 id={ids.create}>{t('projects.create.title')}</h3>
            <CreateProjectForm onCreated={openProject} />
          </section>
        </div>
        <div className="projects-dialog-main">
          {open === undefined ? (
            <p className="projects-hint">{t('projects.noProjectOpen')}</p>
          ) : (
            // Keyed by project: opening another one starts from its own stored values.
            <section key={open.id} aria-labelledby={ids.current}>
              <h3 id={ids.current} className="projects-open-name">
                {open.name}
              </h3>
              <RenameProjectForm project={open} onDirtyChange={unsaved.reporter('name')} />
              <PublishProject project={open} />
              <SettingsEditor project={open} onDirtyChange={unsaved.reporter('settings')} />
            </section>
          )}
        </div>
      </div>
    </ModalDialog>
  );
}
