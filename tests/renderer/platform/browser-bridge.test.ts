import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserBridge } from '../../../renderer/platform/browser-bridge';
import { HUB_TOKEN_KEY, HUB_URL_KEY } from '../../../renderer/platform/browser-hub';
import { selectBridge } from '../../../renderer/platform/select-bridge';
import { helloAnswer, jsonResponse } from '../../shared/sync/support/hub-answers';
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

describe('browser bridge hub', () => {
  const token = `lp_${'b'.repeat(16)}_${'T'.repeat(43)}`;

  it('keeps address and token in localStorage only once the hub accepted them, as plaintext', async () => {
    const fetch = vi
      .spyOn(window, 'fetch')
      .mockResolvedValueOnce(jsonResponse({ error: 'unauthorized', message: 'no' }, 401))
      .mockResolvedValueOnce(jsonResponse(helloAnswer()));
    const bridge = createBrowserBridge(window);

    await expect(bridge.hub.connect('https://hub.example/', token)).resolves.toMatchObject({
      ok: false,
      failure: { kind: 'unauthorized' },
    });
    expect(localStorage.length).toBe(0);

    await expect(bridge.hub.connect('https://hub.example/', ` ${token}\n`)).resolves.toMatchObject({
      ok: true,
      connection: { url: 'https://hub.example', storage: 'plaintext' },
    });
    expect(localStorage.getItem(HUB_URL_KEY)).toBe('https://hub.example');
    expect(localStorage.getItem(HUB_TOKEN_KEY)).toBe(token);
    const [url, init] = fetch.mock.calls[1] ?? [];
    expect(url).toBe('https://hub.example/v1/sync/hello');
    expect(new Headers(init?.headers).get('authorization')).toBe(`Bearer ${token}`);

    await bridge.hub.disconnect();
    expect(localStorage.length).toBe(0);
  });

  it('sends nothing for an address that is not a hub address', async () => {
    const fetch = vi.spyOn(window, 'fetch');
    const bridge = createBrowserBridge(window);
    await expect(bridge.hub.connect('javascript:alert(1)', token)).resolves.toMatchObject({
      ok: false,
      failure: { kind: 'refused' },
    });
    expect(fetch).not.toHaveBeenCalled();
    expect(localStorage.length).toBe(0);
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
