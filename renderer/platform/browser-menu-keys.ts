/**
 * The browser build has no native menu, so its accelerators are keys on the window: Ctrl+O
 * (Cmd+O on a Mac) sends `open-files` as File > Open Files… does in Electron (issue 12, point 17),
 * instead of the browser's own "open a file in this tab"; Ctrl+Shift+E (Cmd+Shift+E) sends
 * `export-labelled-set` as File > Export Labelled Set… does (issue 13, point 1).
 */
import type { MenuCommand } from '../../shared/ipc/contract';

export function listenForMenuKeys(
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>,
  listener: (command: MenuCommand) => void,
): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    const command = event.ctrlKey || event.metaKey;
    if (!command || event.altKey) {
      return;
    }
    const key = event.key.toLowerCase();
    const menuCommand: MenuCommand | undefined =
      key === 'o' && !event.shiftKey
        ? 'open-files'
        : key === 'e' && event.shiftKey
          ? 'export-labelled-set'
          : undefined;
    if (menuCommand === undefined) {
      return;
    }
    event.preventDefault();
    // A held key repeats; one dialog is enough.
    if (!event.repeat) {
      listener(menuCommand);
    }
  };
  target.addEventListener('keydown', onKeyDown);
  return () => target.removeEventListener('keydown', onKeyDown);
}
