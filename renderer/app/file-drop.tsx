/**
 * Drag and drop of an import file anywhere on the window (issue 4, point 1). While files are
 * dragged over it, a full-window hint says what a drop does. Every file drop is taken over (in
 * Electron a stray drop would otherwise navigate the window to the file); before the reviewer
 * has a name, a drop does nothing, since the import screen waits for the name too.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { takeDroppedFile } from '../stores/import/take-dropped-file';
import { useProfileStore } from '../stores/profile/profile-store';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;

export function FileDrop() {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);

  useEffect(() => {
    // dragenter/dragleave fire for every child crossed; count them to know when the drag left.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (carriesFiles(event)) {
        depth += 1;
        setOver(true);
      }
    };
    const leave = (event: DragEvent) => {
      if (carriesFiles(event)) {
        depth = Math.max(0, depth - 1);
        setOver(depth > 0);
      }
    };
    const overWindow = (event: DragEvent) => {
      if (carriesFiles(event)) {
        event.preventDefault();
        if (event.dataTransfer !== null) {
          event.dataTransfer.dropEffect = 'copy';
        }
      }
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) {
        return;
      }
      event.preventDefault();
      depth = 0;
      setOver(false);
      const file = event.dataTransfer?.files[0];
      if (file !== undefined && useProfileStore.getState().profile !== null) {
        takeDroppedFile(file);
      }
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overWindow);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overWindow);
      window.removeEventListener('drop', drop);
    };
  }, []);

  if (!over) {
    return null;
  }
  return (
    <div className="file-drop-hint" aria-hidden="true">
      <p>{t('import.pick.dropHere')}</p>
    </div>
  );
}
