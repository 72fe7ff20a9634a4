/**
 * Whether "Import a file…" (the button, File > Open, Ctrl/Cmd+O) opens the file dialog or shows
 * the import under way (issue 12, point 17). A file on its way (mapped, checked, being written,
 * stopped part-way) is shown, not replaced; a file that failed (its preview, its check) or an
 * import that finished is replaced: showing it again would only bring back the same screen.
 */
import type { ImportState } from './import-state';

export function fileReplaceable(
  state: Pick<ImportState, 'step' | 'preview' | 'checkResult'>,
): boolean {
  switch (state.step) {
    case 'idle':
    case 'finished':
      return true;
    case 'mapping':
      return (
        state.preview?.ok !== true ||
        state.preview.brokenAt !== null ||
        state.preview.fileProblem !== null
      );
    case 'checked':
      return state.checkResult?.state === 'failed';
    default:
      return false;
  }
}
