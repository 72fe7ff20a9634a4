/** Stand-ins for ipcMain, ipcRenderer and contextBridge, wired to each other. */
import { EventEmitter } from 'node:events';
import { log } from './call-log';
import type { MockFrame, MockWebContents } from './windows';

/** What a handler receives as its event. */
export interface MockInvokeEvent {
  sender: unknown;
  senderFrame: MockFrame | null;
}
type InvokeListener = (event: MockInvokeEvent, ...args: unknown[]) => unknown;

class MockIpcMain {
  readonly handlers = new Map<string, InvokeListener>();

  handle(channel: string, listener: InvokeListener): void {
    if (this.handlers.has(channel)) {
      // Electron throws here too: a channel has exactly one handler.
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    log(`ipcMain.handle:${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /**
   * Calls a handler as if `event.sender`/`senderFrame` sent it; the result and any error look
   * the way the renderer's `ipcRenderer.invoke` would see them.
   */
  async invokeFrom(event: MockInvokeEvent, channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (handler === undefined) {
      throw new Error(
        `Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`,
      );
    }
    try {
      return structuredClone(await handler(event, ...args.map((arg) => structuredClone(arg))));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // Like Electron: only the message crosses, never the original error (or its cause).
      // eslint-disable-next-line preserve-caught-error
      throw new Error(`Error invoking remote method '${channel}': Error: ${message}`);
    }
  }
}

export const ipcMain = new MockIpcMain();

/** The webContents whose renderer `ipcRenderer` speaks for (see {@link attachRenderer}). */
let attachedRenderer: MockWebContents | null = null;

/** Makes `ipcRenderer` talk as `contents` (its main frame is the sender frame). */
export function attachRenderer(contents: MockWebContents | null): void {
  attachedRenderer = contents;
}

/** The webContents `ipcRenderer` currently speaks for. */
export function getAttachedRenderer(): MockWebContents | null {
  return attachedRenderer;
}

class MockIpcRenderer extends EventEmitter {
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    if (attachedRenderer === null) {
      return Promise.reject(new Error('mock ipcRenderer: no renderer attached'));
    }
    return ipcMain.invokeFrom(
      { sender: attachedRenderer, senderFrame: attachedRenderer.mainFrame },
      channel,
      ...args,
    );
  }
}

export const ipcRenderer = new MockIpcRenderer();

/** What the preload exposed, by key. */
export const exposedInMainWorld: Record<string, unknown> = {};

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    log(`contextBridge.exposeInMainWorld:${key}`);
    exposedInMainWorld[key] = api;
  },
};
