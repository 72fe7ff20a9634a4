import { beforeEach, describe, expect, it } from 'vitest';
import type { Menu as MenuType, MenuItemConstructorOptions } from 'electron';
import { setupApplicationMenu } from '../../../electron/menu/application-menu';
import { Menu, callLog, resetElectronMock } from '../../mocks/electron';

function installedTopLabels(): string[] {
  const template = (Menu.applicationMenu?.template ?? []) as MenuItemConstructorOptions[];
  return template.map((item) => item.label ?? '');
}

describe('setupApplicationMenu', () => {
  beforeEach(resetElectronMock);

  it('installs the menu in the initial language and rebuilds it on a language change', () => {
    const menu = setupApplicationMenu({
      Menu: Menu as unknown as typeof MenuType,
      language: 'en',
      platform: 'win32',
      isPackaged: true,
      send: () => undefined,
    });
    expect(installedTopLabels()[0]).toBe('File');

    menu.setLanguage('zh-TW');
    expect(menu.language).toBe('zh-TW');
    expect(installedTopLabels()[0]).toBe('檔案');
    expect(callLog.filter((entry) => entry === 'Menu.setApplicationMenu')).toHaveLength(2);

    menu.setLanguage('zh-TW');
    expect(callLog.filter((entry) => entry === 'Menu.setApplicationMenu')).toHaveLength(2);
  });
});
