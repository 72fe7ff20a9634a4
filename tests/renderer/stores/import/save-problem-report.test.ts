/**
 * Issue 12, point 17: "Save the report as CSV…" did nothing in the browser build, where Chromium
 * offers a save picker that may never show. The report is handed over as a download (a Blob
 * link) in the browser build, picker or not.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserBridge } from '../../../../renderer/platform/browser-bridge';
import { setBridge } from '../../../../renderer/platform/current-bridge';
import { saveProblemReport } from '../../../../renderer/stores/import/save-problem-report';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('saving the import report in the browser build', () => {
  it('downloads the CSV even where a save picker exists', async () => {
    const blobs = new Map<string, Blob>();
    Object.assign(URL, {
      createObjectURL: vi.fn((blob: Blob) => {
        const url = `blob:http://localhost/${blobs.size}`;
        blobs.set(url, blob);
        return url;
      }),
      revokeObjectURL: vi.fn(),
    });
    const downloads: { name: string; blob: Blob | undefined }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push({ name: this.download, blob: blobs.get(this.href) });
    });
    // A picker that never answers, as a headless or locked-down browser may have it.
    const showSaveFilePicker = vi.fn(() => new Promise<never>(() => undefined));
    setBridge(
      createBrowserBridge(
        Object.assign(Object.create(window) as Window, { showSaveFilePicker, document, navigator }),
      ),
    );

    const saved = await saveProblemReport('回覆.jsonl', [
      { row: 4, field: null, reason: 'invalid JSON' },
    ]);

    expect(saved).toBe(true);
    expect(showSaveFilePicker).not.toHaveBeenCalled();
    expect(downloads.map((each) => each.name)).toEqual(['回覆-problems.csv']);
    const text = new TextDecoder().decode(await downloads[0]?.blob?.arrayBuffer());
    expect(text).toBe('row,field,reason\r\n4,,invalid JSON\r\n');
  });
});
