/** The Bridge for a plain browser: the e2e tests and a web build drive the app through it. */
import { checkExternalUrl } from '../../shared/security/external-url';
import type { Bridge } from './bridge';
import { createBrowserHub } from './browser-hub';
import { browserExportFolder } from './browser-export-folder';
import { listenForMenuKeys } from './browser-menu-keys';
import { openFilesWithInput } from './browser-open-files';
import { saveAsDownload, saveWithPicker, type ShowSaveFilePicker } from './browser-save-file';

type BrowserWindow = Window & { showSaveFilePicker?: ShowSaveFilePicker };

/** Creates the browser Bridge over `win` (the global window unless a test passes another). */
export function createBrowserBridge(win: BrowserWindow = window): Bridge {
  return {
    runtime: 'browser',

    getAppInfo() {
      return Promise.resolve({
        name: 'Loupe',
        version: __APP_VERSION__,
        platform: win.navigator.platform,
        locale: win.navigator.language,
        runtime: 'browser' as const,
        versions: {},
      });
    },

    // No native menu to translate in a browser.
    setLanguage: () => Promise.resolve(),

    openFiles: (options) => openFilesWithInput(win.document, options),

    saveFile(options, chunks) {
      const picker = win.showSaveFilePicker;
      return typeof picker === 'function' && options.asDownload !== true
        ? saveWithPicker(picker.bind(win), options, chunks)
        : saveAsDownload(win.document, URL, options, chunks);
    },

    // No folder to pick in a browser: every file of the export becomes a download.
    pickExportFolder: () => Promise.resolve(browserExportFolder(win.document, URL)),

    // The browser's own print dialog (its "Save as PDF" printer makes the PDF).
    printPage() {
      win.print();
      return Promise.resolve({ saved: false });
    },

    openExternal(url) {
      const verdict = checkExternalUrl(url);
      if (!verdict.ok) {
        return Promise.resolve({ opened: false, reason: verdict.reason });
      }
      // noopener: the opened page gets no handle on this window (and open() returns null).
      win.open(verdict.url, '_blank', 'noopener,noreferrer');
      return Promise.resolve({ opened: true });
    },

    hub: createBrowserHub(win),

    // No native menu: its accelerator (Ctrl/Cmd+O) is a key on the window.
    onMenuCommand: (listener) => listenForMenuKeys(win, listener),
  };
}
