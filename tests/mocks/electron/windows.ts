/** Stand-ins for webContents and BrowserWindow. */
import { EventEmitter } from 'node:events';
import { app } from './app';
import { log } from './call-log';
import { getAttachedRenderer, ipcRenderer } from './ipc';

/** A frame as seen in `event.senderFrame`. */
export interface MockFrame {
  url: string;
  parent: MockFrame | null;
}

let nextWebContentsId = 1;

/** A webContents: events, `send` delivered to its attached renderer, and a main frame. */
export class MockWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  readonly mainFrame: MockFrame = { url: 'app://loupe/index.html', parent: null };
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  #destroyed = false;
  #url = '';

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  getURL(): string {
    return this.#url;
  }
  loadURL(url: string): Promise<void> {
    this.#url = url;
    this.mainFrame.url = url;
    return Promise.resolve();
  }
  send(channel: string, ...args: unknown[]): void {
    const cloned = args.map((arg) => structuredClone(arg));
    this.sent.push({ channel, args: cloned });
    if (getAttachedRenderer() === this) {
      ipcRenderer.emit(channel, { sender: ipcRenderer }, ...cloned);
    }
  }
  isDestroyed(): boolean {
    return this.#destroyed;
  }
  destroy(): void {
    if (!this.#destroyed) {
      this.#destroyed = true;
      this.emit('destroyed');
    }
  }
  /** Fires a navigation-style event the way Electron does; returns whether it was prevented. */
  simulate(eventName: string, url = ''): boolean {
    let prevented = false;
    const event = { url, preventDefault: () => (prevented = true) };
    this.emit(eventName, event, url);
    return prevented;
  }
}

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A window: records its options and URL; `webContents` is a {@link MockWebContents}. */
export class BrowserWindow extends EventEmitter {
  static readonly instances: BrowserWindow[] = [];
  static focused: BrowserWindow | null = null;

  readonly webContents = new MockWebContents();
  readonly options: Record<string, unknown>;
  loadedUrl: string | undefined;
  visible = false;
  minimized = false;
  maximized = false;
  focusCalls = 0;
  #destroyed = false;
  #bounds: Bounds;

  constructor(options: Record<string, unknown> = {}) {
    super();
    log('new BrowserWindow');
    this.options = options;
    const number = (key: string, fallback: number): number =>
      typeof options[key] === 'number' ? options[key] : fallback;
    this.#bounds = {
      x: number('x', 0),
      y: number('y', 0),
      width: number('width', 800),
      height: number('height', 600),
    };
    BrowserWindow.instances.push(this);
    // As in Electron: every new webContents is announced, so guards installed there apply.
    app.emit('web-contents-created', { preventDefault: () => undefined }, this.webContents);
  }
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances.filter((window) => !window.isDestroyed());
  }
  static getFocusedWindow(): BrowserWindow | null {
    return BrowserWindow.focused;
  }
  static fromWebContents(contents: unknown): BrowserWindow | null {
    return BrowserWindow.instances.find((window) => window.webContents === contents) ?? null;
  }
  loadURL(url: string): Promise<void> {
    log(`BrowserWindow.loadURL:${url}`);
    this.loadedUrl = url;
    return this.webContents.loadURL(url);
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focusCalls += 1;
    BrowserWindow.focused = this;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  maximize(): void {
    this.maximized = true;
  }
  getNormalBounds(): Bounds {
    return { ...this.#bounds };
  }
  setBounds(bounds: Partial<Bounds>): void {
    this.#bounds = { ...this.#bounds, ...bounds };
  }
  isDestroyed(): boolean {
    return this.#destroyed;
  }
  close(): void {
    this.emit('close');
    this.#destroyed = true;
    this.webContents.destroy();
    this.emit('closed');
  }
}
