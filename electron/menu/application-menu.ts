/**
 * Installs the application menu and rebuilds it when the renderer changes language
 * ('app:set-language').
 */
import type { Menu as MenuType } from 'electron';
import type { Language, MenuCommand } from '../../shared/ipc/contract';
import { buildMenuTemplate } from './menu-template';

/** The installed menu: call `setLanguage` to rebuild it in another language. */
export interface ApplicationMenu {
  readonly language: Language;
  setLanguage(language: Language): void;
}

/** Builds and installs the menu; returns a handle to rebuild it. */
export function setupApplicationMenu(deps: {
  Menu: Pick<typeof MenuType, 'buildFromTemplate' | 'setApplicationMenu'>;
  language: Language;
  platform: NodeJS.Platform;
  isPackaged: boolean;
  send: (command: MenuCommand) => void;
}): ApplicationMenu {
  let language = deps.language;
  const install = (): void => {
    const template = buildMenuTemplate({
      language,
      platform: deps.platform,
      isPackaged: deps.isPackaged,
      send: deps.send,
    });
    deps.Menu.setApplicationMenu(deps.Menu.buildFromTemplate(template));
  };
  install();
  return {
    get language() {
      return language;
    },
    setLanguage(next) {
      if (next !== language) {
        language = next;
        install();
      }
    },
  };
}
