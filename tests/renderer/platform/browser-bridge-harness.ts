/**
 * The browser bridge's stand-ins for the user and the outside world in jsdom: the user at the
 * file input and the save picker, the file system behind `showSaveFilePicker`, and the system
 * browser behind `window.open`. The bridge itself runs unmodified; its hub calls go out through
 * the page's `fetch` (Node's: jsdom has none of its own) to a real hub on 127.0.0.1, and it keeps
 * the token in jsdom's localStorage, cleared after each test.
 */
import { File as NodeFile } from 'node:buffer';
import { vi } from 'vitest';
import { createBrowserBridge } from '../../../renderer/platform/browser-bridge';
import type { BridgeHarness } from './bridge-harness';
import { concatBytes } from '../support/bytes';

type Pick = { name: string; bytes: Uint8Array }[] | null;

/** Node's fetch, taken before any test can replace the global. */
const nodeFetch = globalThis.fetch;

/** jsdom's Blob has no stream(); Node's File is a complete implementation of the same API. */
function toFile({ name, bytes }: { name: string; bytes: Uint8Array }): File {
  return new NodeFile([bytes], name) as unknown as File;
}

/** A harness where saving goes through a stubbed File System Access API. */
export function makeBrowserHarness(): Promise<BridgeHarness> {
  const picks: Pick[] = [];
  const saveNames: (string | null)[] = [];
  const savedFiles = new Map<string, Uint8Array>();
  const opened: string[] = [];

  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
    this: HTMLInputElement,
  ) {
    if (this.type !== 'file') {
      return;
    }
    const pick = picks.shift();
    if (pick === undefined) {
      throw new Error('The test did not say what the user picks');
    }
    // The dialog answers later, as a real one does.
    setTimeout(() => {
      if (pick === null) {
        this.dispatchEvent(new Event('cancel'));
        return;
      }
      Object.defineProperty(this, 'files', { configurable: true, value: pick.map(toFile) });
      this.dispatchEvent(new Event('change'));
    });
  });

  const showSaveFilePicker = vi.fn(() => {
    const name = saveNames.shift();
    if (name === undefined) {
      return Promise.reject(new Error('The test did not say what the user chooses'));
    }
    if (name === null) {
      return Promise.reject(new DOMException('The user aborted a request.', 'AbortError'));
    }
    const written: Uint8Array[] = [];
    return Promise.resolve({
      name,
      createWritable: () =>
        Promise.resolve({
          write: (data: Uint8Array) => {
            written.push(new Uint8Array(data));
            return Promise.resolve();
          },
          // Like the real API: the target changes only on close(); abort() discards the swap file.
          close: () => {
            savedFiles.set(name, concatBytes(written));
            return Promise.resolve();
          },
          abort: () => {
            written.length = 0;
            return Promise.resolve();
          },
        }),
    });
  });
  Object.defineProperty(window, 'showSaveFilePicker', {
    configurable: true,
    value: showSaveFilePicker,
  });

  vi.spyOn(window, 'open').mockImplementation((url) => {
    opened.push(String(url));
    return null;
  });

  if (typeof window.fetch !== 'function') {
    // A jsdom without Node's global fetch would leave the page unable to reach the hub.
    Object.defineProperty(window, 'fetch', { configurable: true, value: nodeFetch });
  }

  return Promise.resolve({
    bridge: createBrowserBridge(window),
    userPicksFiles: (files) => picks.push(files),
    userChoosesSaveName: (name) => saveNames.push(name),
    savedFile: (name) => Promise.resolve(savedFiles.get(name)),
    openedExternalUrls: () => [...opened],
    cleanup() {
      vi.restoreAllMocks();
      Reflect.deleteProperty(window, 'showSaveFilePicker');
      localStorage.clear();
      document.body.replaceChildren();
      return Promise.resolve();
    },
  });
}
