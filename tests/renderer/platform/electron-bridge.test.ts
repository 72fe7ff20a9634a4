import { describe, expect, it, vi } from 'vitest';
import { MAX_CHUNK_BYTES } from '../../../shared/ipc/contract';
import { createElectronBridge } from '../../../renderer/platform/electron-bridge';
import { concatBytes, sameBytes } from '../support/bytes';
import { createFakeLoupeApi, FAKE_READ_CHUNK_BYTES } from './fake-loupe-api';

const encoder = new TextEncoder();

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) {
      return concatBytes(parts);
    }
    parts.push(value);
  }
}

async function* chunksOf(items: readonly (Uint8Array | string)[], thenThrow?: Error) {
  for (const item of items) {
    await Promise.resolve();
    yield item;
  }
  if (thenThrow) {
    throw thenThrow;
  }
}

describe('Electron bridge', () => {
  describe('saveFile', () => {
    it('sends a large save in order, in as few chunks as the IPC limit allows', async () => {
      const api = createFakeLoupeApi();
      api.nextSaveName = 'labelled.jsonl';
      const lines = Array.from({ length: 20_000 }, (_, i) => `{"id":${i},"final":"已核准"}\n`);
      const blob = new Uint8Array(MAX_CHUNK_BYTES * 2 + 17).map((_, i) => i % 256);
      const expected = [...lines.map((line) => encoder.encode(line)), blob];
      const total = expected.reduce((sum, part) => sum + part.byteLength, 0);

      const result = await createElectronBridge(api).saveFile(
        { suggestedName: 'labelled.jsonl', mimeType: 'application/jsonl' },
        chunksOf([...lines, blob]),
      );

      expect(result).toEqual({ saved: true, name: 'labelled.jsonl', bytesWritten: total });
      expect(api.writtenChunks.every((chunk) => chunk.byteLength <= MAX_CHUNK_BYTES)).toBe(true);
      // 20k tiny lines are coalesced instead of costing 20k IPC round trips.
      expect(api.writtenChunks).toHaveLength(Math.ceil(total / MAX_CHUNK_BYTES));
      expect(sameBytes(concatBytes(api.writtenChunks), concatBytes(expected))).toBe(true);
    });

    it('aborts the save and rethrows when the source fails midway', async () => {
      const api = createFakeLoupeApi();
      api.nextSaveName = 'broken.csv';
      const failure = new Error('stats query failed');

      const save = createElectronBridge(api).saveFile(
        { suggestedName: 'broken.csv', mimeType: 'text/csv' },
        chunksOf(['a,b\n', new Uint8Array(MAX_CHUNK_BYTES + 1)], failure),
      );

      await expect(save).rejects.toBe(failure);
      expect(api.abortedSaves).toHaveLength(1);
      expect(api.endedSaves).toEqual([]);
    });

    it('aborts and rethrows when main fails to write, even if the abort fails too', async () => {
      const api = createFakeLoupeApi();
      api.nextSaveName = 'full-disk.jsonl';
      const diskFull = new Error('ENOSPC');
      vi.mocked(api.writeSaveChunk).mockRejectedValueOnce(diskFull);
      vi.mocked(api.abortSaveFile).mockRejectedValueOnce(new Error('already gone'));

      const save = createElectronBridge(api).saveFile(
        { suggestedName: 'full-disk.jsonl', mimeType: 'application/jsonl' },
        chunksOf(['line\n']),
      );

      await expect(save).rejects.toBe(diskFull);
      expect(api.abortSaveFile).toHaveBeenCalledTimes(1);
    });

    it('reads no chunk and writes nothing when the user cancels the dialog', async () => {
      const api = createFakeLoupeApi();
      api.nextSaveName = null;
      let pulled = false;
      async function* source() {
        pulled = true;
        yield await Promise.resolve('never');
      }

      const result = await createElectronBridge(api).saveFile(
        { suggestedName: 'x.csv', mimeType: 'text/csv', extensions: ['csv'] },
        source(),
      );

      expect(result).toEqual({ saved: false });
      expect(pulled).toBe(false);
      expect(api.writeSaveChunk).not.toHaveBeenCalled();
      expect(api.beginSaveFile).toHaveBeenCalledWith(
        expect.objectContaining({ filters: [{ name: 'CSV', extensions: ['csv'] }] }),
      );
    });
  });

  describe('openFiles', () => {
    it('asks main for the extensions and multiple selection the caller wants', async () => {
      const api = createFakeLoupeApi();
      await createElectronBridge(api).openFiles({ extensions: ['jsonl', 'csv'], multiple: true });
      expect(api.openFiles).toHaveBeenCalledWith(
        expect.objectContaining({
          multiple: true,
          filters: [{ name: 'JSONL, CSV', extensions: ['jsonl', 'csv'] }],
        }),
      );
    });

    it('closes the file in main when the reader cancels the stream', async () => {
      const api = createFakeLoupeApi();
      api.nextPick = [{ name: 'big.jsonl', bytes: new Uint8Array(FAKE_READ_CHUNK_BYTES * 5) }];
      const [file] = await createElectronBridge(api).openFiles();
      const reader = file!.stream().getReader();

      const first = await reader.read();
      expect(first.value?.byteLength).toBe(FAKE_READ_CHUNK_BYTES);
      await reader.cancel();

      expect(api.closedFiles).toHaveLength(1);
    });

    it('closes the file in main and errors the stream when a read fails', async () => {
      const api = createFakeLoupeApi();
      api.nextPick = [{ name: 'flaky.csv', bytes: new Uint8Array(10) }];
      vi.mocked(api.readFileChunk).mockRejectedValueOnce(new Error('EIO'));
      const [file] = await createElectronBridge(api).openFiles();

      await expect(file!.stream().getReader().read()).rejects.toThrow('EIO');
      expect(api.closedFiles).toHaveLength(1);
    });

    it('streams a file again from the start through a handle main reopens', async () => {
      const api = createFakeLoupeApi();
      const bytes = new Uint8Array(FAKE_READ_CHUNK_BYTES * 3 + 5).map((_, i) => i % 253);
      api.nextPick = [{ name: 'twice.jsonl', bytes }];
      const [file] = await createElectronBridge(api).openFiles();

      const checked = await readAll(file!.stream());
      const written = await readAll(file!.stream());

      expect(sameBytes(checked, bytes)).toBe(true);
      expect(sameBytes(written, bytes)).toBe(true);
      // The first read uses the handle the pick opened; only the second asks main to reopen.
      expect(api.reopenFile).toHaveBeenCalledTimes(1);
      expect(api.reopenedFiles).toHaveLength(1);
    });

    it('reads the whole file after a reader stopped early, and closes only what it reopened', async () => {
      const api = createFakeLoupeApi();
      const bytes = new Uint8Array(FAKE_READ_CHUNK_BYTES * 4).map((_, i) => (i * 7) % 251);
      api.nextPick = [{ name: 'cancelled.csv', bytes }];
      const [file] = await createElectronBridge(api).openFiles();
      await readAll(file!.stream());

      const stopped = file!.stream().getReader();
      await stopped.read();
      await stopped.cancel();
      expect(api.closedFiles).toEqual([api.reopenedFiles[0]]);

      expect(sameBytes(await readAll(file!.stream()), bytes)).toBe(true);
      expect(api.reopenedFiles).toHaveLength(2);
      expect(new Set(api.reopenedFiles).size).toBe(2);
    });

    it('errors a later stream when main cannot reopen the file, closing nothing', async () => {
      const api = createFakeLoupeApi();
      api.nextPick = [{ name: 'moved.jsonl', bytes: encoder.encode('{}\n') }];
      const [file] = await createElectronBridge(api).openFiles();
      await readAll(file!.stream());
      vi.mocked(api.reopenFile).mockRejectedValueOnce(new Error('file not found'));

      await expect(file!.stream().getReader().read()).rejects.toThrow('file not found');
      expect(api.readFileChunk).toHaveBeenCalledTimes(1);
      expect(api.closedFiles).toEqual([]);
    });
  });

  describe('shell, language and menu', () => {
    it('passes the language to the native menu and forwards menu commands until unsubscribed', async () => {
      const api = createFakeLoupeApi();
      const bridge = createElectronBridge(api);
      await bridge.setLanguage('zh-TW');
      expect(api.setLanguage).toHaveBeenCalledWith({ language: 'zh-TW' });

      const received: string[] = [];
      const unsubscribe = bridge.onMenuCommand((command) => received.push(command));
      api.emitMenuCommand('toggle-theme');
      unsubscribe();
      api.emitMenuCommand('open-files');
      expect(received).toEqual(['toggle-theme']);
    });

    it('reports the runtime as electron', async () => {
      const bridge = createElectronBridge(createFakeLoupeApi());
      expect(bridge.runtime).toBe('electron');
      await expect(bridge.getAppInfo()).resolves.toMatchObject({ runtime: 'electron' });
    });
  });
});
