import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createWindowStateSaver,
  loadWindowState,
} from '../../../electron/window/window-state-store';
import { makeTempDir } from '../support/temp-dir';

const state = { x: 10, y: 20, width: 1000, height: 700, isMaximized: false };

describe('loadWindowState', () => {
  it('reads back a saved state', async () => {
    const file = path.join(await makeTempDir(), 'window-state.json');
    await fs.writeFile(file, JSON.stringify(state));
    expect(await loadWindowState(file, fs)).toEqual(state);
  });

  it.each([['{not json'], [''], ['null'], ['{"x":1}'], ['\u0000\u0001binary']])(
    'returns null for the broken file %j',
    async (content) => {
      const file = path.join(await makeTempDir(), 'window-state.json');
      await fs.writeFile(file, content);
      expect(await loadWindowState(file, fs)).toBeNull();
    },
  );

  it('returns null when the file is missing', async () => {
    expect(await loadWindowState(path.join(await makeTempDir(), 'nope.json'), fs)).toBeNull();
  });
});

describe('createWindowStateSaver', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes once, after the last of many changes', async () => {
    vi.useFakeTimers();
    const writes: string[] = [];
    const saver = createWindowStateSaver({
      filePath: '/x/window-state.json',
      fs: {
        writeFile: (_p, data) => {
          writes.push(data);
          return Promise.resolve();
        },
        rename: () => Promise.resolve(),
      },
      delayMs: 200,
    });
    for (let x = 0; x < 50; x += 1) {
      saver.schedule({ ...state, x });
    }
    expect(writes).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(250);
    expect(writes).toHaveLength(1);
    expect(JSON.parse(writes[0] ?? '')).toMatchObject({ x: 49 });
  });

  it('flush writes the pending state to disk at once (window closing)', async () => {
    const file = path.join(await makeTempDir(), 'window-state.json');
    const saver = createWindowStateSaver({ filePath: file, fs, delayMs: 60_000 });
    saver.schedule(state);
    await saver.flush();
    expect(await loadWindowState(file, fs)).toEqual(state);
    expect(await fs.readdir(path.dirname(file))).toEqual(['window-state.json']);
  });

  it('reports a failed write instead of throwing', async () => {
    const errors: unknown[] = [];
    const saver = createWindowStateSaver({
      filePath: path.join(await makeTempDir(), 'missing-folder', 'window-state.json'),
      fs,
      onError: (error) => errors.push(error),
    });
    saver.schedule(state);
    await saver.flush();
    expect(errors).toHaveLength(1);
  });
});
