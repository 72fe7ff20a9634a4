/**
 * The application menu as plain data, in the UI's language. Clicks that belong to the renderer
 * (open files, theme, language, shortcuts) are sent to it as `menu:command`; the rest are
 * Electron's standard roles, so platform conventions (and their shortcuts) come for free.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { Language, MenuCommand } from '../../shared/ipc/contract';
import { MENU_STRINGS } from './menu-strings';

/** What the template depends on. */
export interface MenuTemplateOptions {
  language: Language;
  platform: NodeJS.Platform;
  /** Developer items (reload, devtools) exist only in unpackaged builds. */
  isPackaged: boolean;
  /** Delivers a command to the focused window's renderer. */
  send: (command: MenuCommand) => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/** Builds the menu template for {@link MenuTemplateOptions}. */
export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const t = MENU_STRINGS[options.language];
  const isMac = options.platform === 'darwin';
  const command = (label: string, name: MenuCommand, accelerator?: string) => ({
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => options.send(name),
  });

  const appMenu: MenuItemConstructorOptions = {
    role: 'appMenu',
    label: 'Loupe',
    submenu: [
      { role: 'about', label: t.about },
      separator,
      { role: 'services', label: t.services },
      separator,
      { role: 'hide', label: t.hide },
      { role: 'hideOthers', label: t.hideOthers },
      { role: 'unhide', label: t.unhide },
      separator,
      { role: 'quit', label: t.quit },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    role: 'fileMenu',
    label: t.file,
    submenu: [
      command(t.openFiles, 'open-files', 'CmdOrCtrl+O'),
      command(t.loadDemoQueue, 'load-demo-queue'),
      separator,
      command(t.exportLabelledSet, 'export-labelled-set', 'CmdOrCtrl+Shift+E'),
      separator,
      isMac ? { role: 'close', label: t.close } : { role: 'quit', label: t.quit },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    role: 'editMenu',
    label: t.edit,
    submenu: [
      { role: 'undo', label: t.undo },
      { role: 'redo', label: t.redo },
      separator,
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
    ],
  };

  const developerItems: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [
        { role: 'reload', label: t.reload },
        { role: 'forceReload', label: t.forceReload },
        { role: 'toggleDevTools', label: t.toggleDevTools },
        separator,
      ];

  const viewMenu: MenuItemConstructorOptions = {
    role: 'viewMenu',
    label: t.view,
    submenu: [
      {
        label: t.language,
        submenu: [
          {
            ...command(t.english, 'set-language-en'),
            type: 'radio',
            checked: options.language === 'en',
          },
          {
            ...command(t.traditionalChinese, 'set-language-zh-TW'),
            type: 'radio',
            checked: options.language === 'zh-TW',
          },
        ],
      },
      command(t.toggleTheme, 'toggle-theme'),
      separator,
      ...developerItems,
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      separator,
      { role: 'togglefullscreen', label: t.toggleFullScreen },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    role: 'windowMenu',
    label: t.window,
    submenu: [
      { role: 'minimize', label: t.minimize },
      // `zoom` is a macOS window action; elsewhere the window menu offers Close instead.
      isMac ? { role: 'zoom', label: t.zoom } : { role: 'close', label: t.close },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: t.help,
    submenu: [
      command(t.keyboardShortcuts, 'show-shortcuts'),
      // macOS puts About in the app menu; elsewhere it lives under Help.
      ...(isMac ? [] : [separator, { role: 'about', label: t.about } as const]),
    ],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
