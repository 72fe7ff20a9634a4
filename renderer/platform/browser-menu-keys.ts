/**
 * The browser build has no native menu, so its one accelerator is a key on the window: Ctrl+O
 * (Cmd+O on a Mac) sends `open-files` as File > Open Files… does in Electron (issue 12, point 17),
 * instead of the browser's own "open a file in this tab".
 */
import type { MenuCommand } from '../../shared/ipc/contract';

export function listenForMenuKeys(
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>,
  listener: (command: MenuCommand) => void,
): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    const command = event.ctrlKey || event.metaKey;
    if (!command || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'o') {
      return;
    }
    event.preventDefault();
    // A held key repeats; one dialog is enough.
    if (!event.repeat) {
      listener('open-files');
    }
  };
  target.addEventListener('keydown', onKeyDown);
  return () => target.removeEventListener('keydown', onKeyDown);
}
