/** Stand-in for Electron's `app`. */
import { EventEmitter } from 'node:events';
import { log } from './call-log';

export class MockApp extends EventEmitter {
  isPackaged = false;
  name = 'Loupe';
  version = '0.1.0-test';
  locale = 'en-US';
  preferredSystemLanguages: string[] = ['en-US'];
  paths: Record<string, string> = {};
  singleInstanceLockAvailable = true;
  quitCalls = 0;

  getName(): string {
    return this.name;
  }
  getVersion(): string {
    return this.version;
  }
  getLocale(): string {
    return this.locale;
  }
  getPreferredSystemLanguages(): string[] {
    return this.preferredSystemLanguages;
  }
  getPath(name: string): string {
    const value = this.paths[name];
    if (value === undefined) {
      throw new Error(`mock app.getPath: no path set for '${name}'`);
    }
    return value;
  }
  requestSingleInstanceLock(): boolean {
    log('app.requestSingleInstanceLock');
    return this.singleInstanceLockAvailable;
  }
  quit(): void {
    log('app.quit');
    this.quitCalls += 1;
  }
  whenReady(): Promise<void> {
    log('app.whenReady');
    return Promise.resolve();
  }
  override on(event: string | symbol, listener: (...args: never[]) => void): this {
    log(`app.on:${String(event)}`);
    return super.on(event, listener as (...args: unknown[]) => void);
  }
}

export const app = new MockApp();
