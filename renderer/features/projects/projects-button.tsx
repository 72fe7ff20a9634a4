/**
 * The header's "Project" button and the Projects dialog it opens. The dialog renders into
 * document.body (outside the banner landmark) and gives focus back to this button on close.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProjectsDialog } from './projects-dialog';

export function ProjectsButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button projects-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('projects.open')}
      </button>
      {open ? <ProjectsDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
