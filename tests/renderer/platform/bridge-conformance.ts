/**
 * One behavioural suite for every Bridge implementation (CONVENTIONS.md §5). It asserts what a
 * caller notices: names, sizes and exact bytes of picked files (read as often as the caller
 * likes), exactly the bytes saved, nothing saved on cancel or error, which links leave the app,
 * and the team hub (hub-conformance.ts: a real hub on 127.0.0.1).
 *
 * No DOM assumptions: the Electron bridge runs this suite in Node against the real preload and
 * main handlers, the browser bridge in jsdom.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appInfoSchema } from '../../../shared/ipc/contract';
import type { BridgeHarness } from './bridge-harness';
import { concatBytes } from '../support/bytes';
import { describeHubConformance } from './hub-conformance';

const encoder = new TextEncoder();

/** Deterministic multi-megabyte text mixing ASCII, CJK and emoji, so chunk edges split characters. */
function largeMixedText(minBytes: number): string {
  const line = (n: number) =>
    `${n}\t審閱草稿：核准、編輯或呈報 🔍 Loupe reviews drafts — ${'é'.repeat(n % 7)}\n`;
  const lines: string[] = [];
  let size = 0;
  for (let n = 0; size < minBytes; n += 1) {
    const text = line(n);
    lines.push(text);
    size += encoder.encode(text).byteLength;
  }
  return lines.join('');
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) {
      break;
    }
    parts.push(value);
  }
  return concatBytes(parts);
}

/** Index of the first differing byte, or -1; cheaper to report than a multi-MB diff. */
function firstDifference(a: Uint8Array | undefined, b: Uint8Array): number {
  if (!a) {
    return 0;
  }
  const length = Math.min(a.byteLength, b.byteLength);
  for (let i = 0; i < length; i += 1) {
    if (a[i] !== b[i]) {
      return i;
    }
  }
  return a.byteLength === b.byteLength ? -1 : length;
}

async function* fromArray(chunks: readonly (Uint8Array | string)[]) {
  for (const chunk of chunks) {
    await Promise.resolve();
    yield chunk;
  }
}

async function* failingAfter(chunks: readonly (Uint8Array | string)[], error: Error) {
  yield* fromArray(chunks);
  throw error;
}

/** Registers the conformance suite for one Bridge implementation. */
export function runBridgeConformance(
  label: string,
  makeHarness: () => Promise<BridgeHarness>,
): void {
  describe(`Bridge conformance: ${label}`, () => {
    let harness: BridgeHarness;

    beforeEach(async () => {
      harness = await makeHarness();
    });

    afterEach(async () => {
      await harness.cleanup?.();
    });

    describe('openFiles', () => {
      it('returns the picked files with their names and sizes, and streams exactly their bytes', async () => {
        const bigText = largeMixedText(3.5 * 1024 * 1024);
        const big = encoder.encode(bigText);
        const small = encoder.encode('{"draft":"您好，這是一份草稿。"}\n');
        harness.userPicksFiles([
          { name: '草稿-drafts.jsonl', bytes: big },
          { name: 'small.json', bytes: small },
        ]);

        const files = await harness.bridge.openFiles({
          extensions: ['jsonl', 'json'],
          multiple: true,
        });

        expect(files.map((file) => [file.name, file.size])).toEqual([
          ['草稿-drafts.jsonl', big.byteLength],
          ['small.json', small.byteLength],
        ]);
        const [first, second] = files;
        const bigRead = await readAll(first!.stream());
        expect(bigRead.byteLength).toBe(big.byteLength);
        expect(firstDifference(bigRead, big)).toBe(-1);
        expect(new TextDecoder().decode(bigRead)).toBe(bigText);
        expect(firstDifference(await readAll(second!.stream()), small)).toBe(-1);
      });

      it('streams a picked file from the start on every call, also after a reader stopped early', async () => {
        const bytes = encoder.encode(largeMixedText(1.5 * 1024 * 1024));
        harness.userPicksFiles([{ name: 'import.jsonl', bytes }]);
        const [file] = await harness.bridge.openFiles({ extensions: ['jsonl'] });

        // An import's checking pass, then its writing pass.
        expect(firstDifference(await readAll(file!.stream()), bytes)).toBe(-1);
        expect(firstDifference(await readAll(file!.stream()), bytes)).toBe(-1);

        // A pass the user cancelled midway, then one more to finish.
        const stopped = file!.stream().getReader();
        expect((await stopped.read()).done).toBe(false);
        await stopped.cancel();
        expect(firstDifference(await readAll(file!.stream()), bytes)).toBe(-1);
      });

      it('resolves to no files when the user cancels the picker', async () => {
        harness.userPicksFiles(null);
        await expect(harness.bridge.openFiles({ extensions: ['csv'] })).resolves.toEqual([]);
      });
    });

    describe('saveFile', () => {
      it('saves exactly the bytes of mixed string and binary chunks, in order', async () => {
        const large = new Uint8Array(2.5 * 1024 * 1024).map((_, i) => (i * 31) % 251);
        const chunks = [
          '{"final":"核准後的草稿 ✅"}\n',
          large,
          encoder.encode('binary tail'),
          '結束\n',
        ];
        const expected = concatBytes(
          chunks.map((chunk) => (typeof chunk === 'string' ? encoder.encode(chunk) : chunk)),
        );
        harness.userChoosesSaveName('export.jsonl');

        const result = await harness.bridge.saveFile(
          { suggestedName: 'export.jsonl', mimeType: 'application/jsonl', extensions: ['jsonl'] },
          fromArray(chunks),
        );

        expect(result).toEqual({
          saved: true,
          name: 'export.jsonl',
          bytesWritten: expected.byteLength,
        });
        const saved = await harness.savedFile('export.jsonl');
        expect(saved?.byteLength).toBe(expected.byteLength);
        expect(firstDifference(saved, expected)).toBe(-1);
      });

      it('saves nothing and says so when the user cancels the dialog', async () => {
        harness.userChoosesSaveName(null);
        const result = await harness.bridge.saveFile(
          { suggestedName: 'cancelled.csv', mimeType: 'text/csv' },
          fromArray(['a,b\n']),
        );
        expect(result).toEqual({ saved: false });
        expect(await harness.savedFile('cancelled.csv')).toBeUndefined();
      });

      it('rejects with the source error and leaves nothing saved when chunks throw midway', async () => {
        harness.userChoosesSaveName('broken.jsonl');
        const failure = new Error('export source failed');
        const save = harness.bridge.saveFile(
          { suggestedName: 'broken.jsonl', mimeType: 'application/jsonl' },
          failingAfter(['first line\n', new Uint8Array(1024 * 1024 + 3).fill(7)], failure),
        );
        await expect(save).rejects.toThrow('export source failed');
        expect(await harness.savedFile('broken.jsonl')).toBeUndefined();
      });
    });

    describe('openExternal', () => {
      it('opens an https link in the system browser', async () => {
        await expect(
          harness.bridge.openExternal('https://example.com/guidelines?v=2'),
        ).resolves.toEqual({
          opened: true,
        });
        expect(harness.openedExternalUrls()).toEqual(['https://example.com/guidelines?v=2']);
      });

      it.each([
        'javascript:alert(1)',
        'file:///etc/passwd',
        'data:text/html,<script>alert(1)</script>',
      ])('refuses %s and opens nothing', async (url) => {
        const result = await harness.bridge.openExternal(url);
        expect(result.opened).toBe(false);
        expect(harness.openedExternalUrls()).toEqual([]);
      });
    });

    describeHubConformance(() => harness.bridge);

    describe('app info and menu', () => {
      it('describes the app in the shape of the contract, for its own runtime', async () => {
        const info = await harness.bridge.getAppInfo();
        expect(appInfoSchema.safeParse(info).success).toBe(true);
        expect(info.runtime).toBe(harness.bridge.runtime);
      });

      it('accepts the UI language', async () => {
        await expect(harness.bridge.setLanguage('zh-TW')).resolves.toBeUndefined();
      });

      it('returns an unsubscribe function from onMenuCommand', () => {
        const unsubscribe = harness.bridge.onMenuCommand(() => undefined);
        expect(typeof unsubscribe).toBe('function');
        expect(() => unsubscribe()).not.toThrow();
      });
    });
  });
}
