import fs from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow as BrowserWindowType, Screen } from 'electron';
import { createMainWindow } from '../../../electron/window/main-window';
import { BrowserWindow, resetElectronMock, screen } from '../../mocks/electron';
import { makeTempDir } from '../support/temp-dir';

async function open(stateFilePath: string): Promise<BrowserWindow> {
  const window = await createMainWindow({
    BrowserWindow: BrowserWindow as unknown as typeof BrowserWindowType,
    screen: screen as unknown as Screen,
    preloadPath: '/dist/electron/preload.cjs',
    stateFilePath,
  });
  return window as unknown as BrowserWindow;
}

describe('createMainWindow', () => {
  beforeEach(resetElectronMock);

  it('loads app://loupe/index.html hidden, and shows it when ready to show', async () => {
    const window = await open(path.join(await makeTempDir(), 'window-state.json'));
    expect(window.loadedUrl).toBe('app://loupe/index.html');
    expect(window.options).toMatchObject({ show: false });
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it('reopens where it was closed, maximised if it was', async () => {
    const file = path.join(await makeTempDir(), 'window-state.json');
    const first = await open(file);
    first.setBounds({ x: 40, y: 30, width: 1100, height: 720 });
    first.maximize();
    first.emit('maximize');
    first.close();
    await vi.waitFor(async () => {
      await expect(fs.readFile(file, 'utf8')).resolves.toContain('"x":40');
    });
    expect(JSON.parse(await fs.readFile(file, 'utf8'))).toEqual({
      x: 40,
      y: 30,
      width: 1100,
      height: 720,
      isMaximized: true,
    });

    const second = await open(file);
    expect(second.options).toMatchObject({ x: 40, y: 30, width: 1100, height: 720 });
    expect(second.isMaximized()).toBe(true);
  });

  it('opens centred when the saved state is garbage', async () => {
    const file = path.join(await makeTempDir(), 'window-state.json');
    await fs.writeFile(file, '{"x": "left", "width": -1}');
    const window = await open(file);
    expect(window.options).not.toHaveProperty('x');
    expect(window.options).toMatchObject({ width: 1280, height: 800 });
  });
});
