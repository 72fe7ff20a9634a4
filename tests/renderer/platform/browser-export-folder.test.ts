/**
 * The browser build's export (issue 13 point 2): no folder to pick, each finished file becomes
 * a download, an aborted one never does; File → Export Labelled Set… is Ctrl+Shift+E.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../../shared/ipc/contract';
import { createBrowserBridge } from '../../../renderer/platform/browser-bridge';
import { browserExportFolder } from '../../../renderer/platform/browser-export-folder';

afterEach(() => {
  vi.restoreAllMocks();
});

function recordingUrls() {
  const blobs: Blob[] = [];
  return {
    blobs,
    urls: {
      createObjectURL: (blob: Blob) => {
        blobs.push(blob);
        return `blob:test/${blobs.length}`;
      },
      revokeObjectURL: () => undefined,
    },
  };
}

describe('the browser build’s export folder', () => {
  it('downloads each finished file under its name, with its whole content', async () => {
    const { blobs, urls } = recordingUrls();
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });
    const folder = browserExportFolder(document, urls);
    expect(folder.kind).toBe('downloads');
    const data = await folder.createFile('train.jsonl');
    const chunk = new TextEncoder().encode('{"a":"審閱"}\n');
    await data.write(chunk);
    chunk.fill(0); // the caller may reuse its buffer
    await data.write(new TextEncoder().encode('{"b":2}\n'));
    expect(clicked).toEqual([]);
    expect(await data.close()).toEqual({ bytesWritten: 23 });
    expect(clicked).toEqual(['train.jsonl']);
    expect(await blobs[0]?.text()).toBe('{"a":"審閱"}\n{"b":2}\n');
    expect(blobs[0]?.type).toBe('application/jsonl');
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
  });

  it('never downloads an aborted file', async () => {
    const { blobs, urls } = recordingUrls();
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    const file = await browserExportFolder(document, urls).createFile('data.parquet');
    await file.write(new Uint8Array([1, 2, 3]));
    await file.abort();
    expect(click).not.toHaveBeenCalled();
    expect(blobs).toEqual([]);
  });

  it('is what the browser bridge offers as the export folder, without asking', async () => {
    const folder = await createBrowserBridge(window).pickExportFolder();
    expect(folder?.kind).toBe('downloads');
  });

  it('opens the export dialog with Ctrl+Shift+E (Cmd+Shift+E), and Ctrl+E alone does nothing', () => {
    const received: MenuCommand[] = [];
    const stop = createBrowserBridge(window).onMenuCommand((command) => received.push(command));
    const press = (init: KeyboardEventInit) => {
      const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
      document.body.dispatchEvent(event);
      return event;
    };
    const ctrl = press({ key: 'E', ctrlKey: true, shiftKey: true });
    press({ key: 'e', metaKey: true, shiftKey: true });
    press({ key: 'e', ctrlKey: true });
    press({ key: 'E', ctrlKey: true, shiftKey: true, repeat: true });
    stop();
    expect(received).toEqual(['export-labelled-set', 'export-labelled-set']);
    expect(ctrl.defaultPrevented).toBe(true);
  });
});
