/**
 * A file dropped on the window (issue 4, point 1: drag and drop): opens the import screen with
 * it. A dropped File is read the same way as one from the browser's file dialog.
 */
import { pickedFromFile } from '../../platform/browser-open-files';
import { useNavigationStore } from '../navigation/navigation-store';
import { useImportStore } from './import-store';

export function takeDroppedFile(file: File): void {
  useNavigationStore.getState().openImport();
  void useImportStore.getState().takeFile(pickedFromFile(file));
}
