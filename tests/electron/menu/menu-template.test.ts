import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { Language, MenuCommand } from '../../../shared/ipc/contract';
import { MENU_STRINGS } from '../../../electron/menu/menu-strings';
import { buildMenuTemplate } from '../../../electron/menu/menu-template';

function build(
  overrides: Partial<{ language: Language; platform: NodeJS.Platform; isPackaged: boolean }> = {},
): { template: MenuItemConstructorOptions[]; sent: MenuCommand[] } {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate({
    language: 'en',
    platform: 'linux',
    isPackaged: true,
    send: (command) => sent.push(command),
    ...overrides,
  });
  return { template, sent };
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

function roles(template: MenuItemConstructorOptions[]): string[] {
  return flatten(template).flatMap((item) => (item.role === undefined ? [] : [item.role]));
}

function itemLabelled(template: MenuItemConstructorOptions[], label: string) {
  const item = flatten(template).find((candidate) => candidate.label === label);
  if (item === undefined) {
    throw new Error(`no menu item labelled ${label}`);
  }
  return item;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as (() => void) | undefined)?.();
}

describe('buildMenuTemplate', () => {
  it('has the standard menus and edit roles on Windows/Linux', () => {
    const { template } = build();
    expect(template.map((menu) => menu.role)).toEqual([
      'fileMenu',
      'editMenu',
      'viewMenu',
      'windowMenu',
      'help',
    ]);
    expect(roles(template)).toEqual(
      expect.arrayContaining([
        'quit',
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'resetZoom',
        'zoomIn',
        'zoomOut',
        'togglefullscreen',
        'minimize',
        'about',
      ]),
    );
  });

  it('adds the macOS app menu and closes (not quits) from File on macOS', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template[0]?.role).toBe('appMenu');
    expect(roles([template[0] ?? {}])).toEqual(
      expect.arrayContaining(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']),
    );
    expect(roles([template[1] ?? {}])).toContain('close');
    expect(roles([template[1] ?? {}])).not.toContain('quit');
  });

  it('leaves developer items out of packaged builds', () => {
    const packaged = roles(build({ isPackaged: true }).template);
    for (const role of ['reload', 'forceReload', 'toggleDevTools']) {
      expect(packaged).not.toContain(role);
    }
    const dev = roles(build({ isPackaged: false }).template);
    expect(dev).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
  });

  it.each(['en', 'zh-TW'] as const)('labels every item in %s', (language) => {
    const { template } = build({ language, platform: 'darwin', isPackaged: false });
    const strings = MENU_STRINGS[language];
    for (const item of flatten(template)) {
      if (item.type !== 'separator') {
        expect(item.label, JSON.stringify(item.role)).toBeTruthy();
      }
    }
    expect(template.map((menu) => menu.label)).toEqual([
      'Loupe',
      strings.file,
      strings.edit,
      strings.view,
      strings.window,
      strings.help,
    ]);
  });

  it('shows Traditional Chinese labels in zh-TW', () => {
    const { template } = build({ language: 'zh-TW' });
    expect(template.map((menu) => menu.label)).toEqual(['檔案', '編輯', '檢視', '視窗', '說明']);
    expect(itemLabelled(template, '開啟檔案…').accelerator).toBe('CmdOrCtrl+O');
  });

  it('has every string in both languages, and they differ where they should', () => {
    const en = MENU_STRINGS.en;
    const zh = MENU_STRINGS['zh-TW'];
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(zh)) {
      expect(value, key).not.toBe('');
    }
    expect(zh.openFiles).not.toBe(en.openFiles);
    expect(zh.keyboardShortcuts).not.toBe(en.keyboardShortcuts);
  });

  it.each([
    ['Open Files…', 'open-files'],
    ['Toggle Theme', 'toggle-theme'],
    ['English', 'set-language-en'],
    ['繁體中文', 'set-language-zh-TW'],
    ['Keyboard Shortcuts', 'show-shortcuts'],
  ] as const)('%s sends the %s command to the renderer', (label, command) => {
    const { template, sent } = build();
    click(itemLabelled(template, label));
    expect(sent).toEqual([command]);
  });

  it('checks the language radio of the current language', () => {
    const { template } = build({ language: 'zh-TW' });
    expect(itemLabelled(template, '繁體中文')).toMatchObject({ type: 'radio', checked: true });
    expect(itemLabelled(template, 'English')).toMatchObject({ type: 'radio', checked: false });
  });
});
