import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserBridge, SECRET_KEY_PREFIX } from '../../../renderer/platform/browser-bridge';
import { selectBridge } from '../../../renderer/platform/select-bridge';
import { createFakeLoupeApi } from './fake-loupe-api';

async function* chunksOf(items: readonly (Uint8Array | string)[], thenThrow?: Error) {
  for (const item of items) {
    await Promise.resolve();
    yield item;
  }
  if (thenThrow) {
    throw thenThrow;
  }
}

/** Captures downloads the way the browser would receive them: a clicked `<a download>`. */
function captureDownloads() {
  const blobs = new Map<string, Blob>();
  const downloads: { name: string; blob: Blob | undefined }[] = [];
  Object.assign(URL, {
    createObjectURL: vi.fn((blob: Blob) => {
      const url = `blob:http://localhost/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    }),
    revokeObjectURL: vi.fn(),
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({ name: this.download, blob: blobs.get(this.href) });
  });
  return downloads;
}

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
  document.body.replaceChildren();
});

describe('browser bridge without the File System Access API', () => {
  it('downloads the saved bytes under the suggested name', async () => {
    const downloads = captureDownloads();
    const result = await createBrowserBridge(window).saveFile(
      { suggestedName: '統計.csv', mimeType: 'text/csv' },
      chunksOf(['審閱者,核准\n', new Uint8Array([0x61, 0x2c, 0x31, 0x0a])]),
    );

    expect(downloads).toHaveLength(1);
    expect(downloads[0]?.name).toBe('統計.csv');
    const text = new TextDecoder().decode(await downloads[0]?.blob?.arrayBuffer());
    expect(text).toBe('審閱者,核准\na,1\n');
    expect(result).toEqual({ saved: true, name: '統計.csv', bytesWritten: 21 });
    expect(document.querySelector('a')).toBeNull();
  });

  it('downloads nothing when the chunks throw', async () => {
    const downloads = captureDownloads();
    const save = createBrowserBridge(window).saveFile(
      { suggestedName: 'x.jsonl', mimeType: 'application/jsonl' },
      chunksOf(['{}\n'], new Error('source failed')),
    );
    await expect(save).rejects.toThrow('source failed');
    expect(downloads).toEqual([]);
  });
});

describe('browser bridge file picker', () => {
  it('offers only the requested extensions and removes its input afterwards', async () => {
    let accept = '';
    let multiple = false;
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
      this: HTMLInputElement,
    ) {
      accept = this.accept;
      multiple = this.multiple;
      setTimeout(() => this.dispatchEvent(new Event('cancel')));
    });

    await createBrowserBridge(window).openFiles({ extensions: ['jsonl', 'json', 'csv'] });

    expect(accept).toBe('.jsonl,.json,.csv');
    expect(multiple).toBe(false);
    expect(document.querySelector('input[type=file]')).toBeNull();
  });
});

describe('browser bridge secrets', () => {
  it('keeps secrets in localStorage under its own prefix and reports them as plaintext', async () => {
    const bridge = createBrowserBridge(window);
    await expect(bridge.setSecret('hub-token', 'abc')).resolves.toEqual({ storage: 'plaintext' });
    expect(localStorage.getItem(`${SECRET_KEY_PREFIX}hub-token`)).toBe('abc');
  });
});

describe('selectBridge', () => {
  it('uses the Electron bridge when the preload exposed window.loupe', () => {
    const win = Object.assign(Object.create(window) as Window, { loupe: createFakeLoupeApi() });
    expect(selectBridge(win).runtime).toBe('electron');
  });

  it('uses the browser bridge otherwise', () => {
    expect(selectBridge(window).runtime).toBe('browser');
  });
});
