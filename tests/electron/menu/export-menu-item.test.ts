/** File → Export Labelled Set… (issue 13 point 1): in both languages, with its accelerator. */
import type { MenuItem } from 'electron';
import { describe, expect, it } from 'vitest';
import type { Language, MenuCommand } from '../../../shared/ipc/contract';
import { buildMenuTemplate } from '../../../electron/menu/menu-template';

function fileMenuItem(language: Language, sent: MenuCommand[]) {
  const template = buildMenuTemplate({
    language,
    platform: 'linux',
    isPackaged: true,
    send: (command) => sent.push(command),
  });
  const file = template.find((item) => item.role === 'fileMenu');
  const items = Array.isArray(file?.submenu) ? file.submenu : [];
  return items.find((item) => item.accelerator === 'CmdOrCtrl+Shift+E');
}

describe('the File menu’s export item', () => {
  it.each([
    ['en', 'Export Labelled Set…'],
    ['zh-TW', '匯出標註資料集…'],
  ] as const)('reads "%s" → %s and sends export-labelled-set', (language, label) => {
    const sent: MenuCommand[] = [];
    const item = fileMenuItem(language, sent);
    expect(item?.label).toBe(label);
    item?.click?.({} as MenuItem, undefined, {});
    expect(sent).toEqual(['export-labelled-set']);
  });
});
