/** Stand-ins for protocol, session, Menu, screen and net. */
import { log } from './call-log';
import type { Bounds } from './windows';

export const protocol = {
  privilegedSchemes: [] as unknown[],
  handlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    log('protocol.registerSchemesAsPrivileged');
    protocol.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    log(`protocol.handle:${scheme}`);
    protocol.handlers.set(scheme, handler);
  },
};

type AnyHandler = (...args: never[]) => unknown;

export class MockSession {
  permissionRequestHandler: AnyHandler | null = null;
  permissionCheckHandler: AnyHandler | null = null;
  devicePermissionHandler: AnyHandler | null = null;
  setPermissionRequestHandler(handler: AnyHandler | null): void {
    log('session.setPermissionRequestHandler');
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: AnyHandler | null): void {
    log('session.setPermissionCheckHandler');
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: AnyHandler | null): void {
    log('session.setDevicePermissionHandler');
    this.devicePermissionHandler = handler;
  }
}

export const session = { defaultSession: new MockSession() };

/** A built menu keeps its template so tests can read it. */
export class Menu {
  static applicationMenu: Menu | null = null;
  constructor(readonly template: unknown[]) {}
  static buildFromTemplate(template: unknown[]): Menu {
    return new Menu(template);
  }
  static setApplicationMenu(menu: Menu | null): void {
    log('Menu.setApplicationMenu');
    Menu.applicationMenu = menu;
  }
}

interface MockDisplay {
  id: number;
  workArea: Bounds;
}

export const screen = {
  displays: [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] as MockDisplay[],
  getAllDisplays(): MockDisplay[] {
    return screen.displays;
  },
  getPrimaryDisplay(): MockDisplay {
    const primary = screen.displays[0];
    if (primary === undefined) {
      throw new Error('mock screen: no displays');
    }
    return primary;
  },
};

/** Main makes no network calls yet; anything that tries fails loudly instead of reaching out. */
export const net = {
  fetch(): Promise<never> {
    return Promise.reject(new Error('mock net.fetch: no network in unit tests'));
  },
};
