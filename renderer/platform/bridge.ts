/**
 * The renderer's only door to the platform (DESIGN.md: "Bridge, not globals"). One
 * implementation wraps the Electron preload (`window.loupe`); the other runs in a plain browser
 * (file input, downloads). Features and stores talk to this interface and never to `window.*`.
 */
import type {
  AppInfo,
  Language,
  MenuCommand,
  OpenExternalResult,
  SecretName,
  SecretStorage,
} from '../../shared/ipc/contract';

/**
 * A file the user picked; its contents are read as a stream of chunks, never all at once.
 * `stream()` may be called more than once (an import checks the file, then writes it); each call
 * returns a new stream that reads the file from the start, in both runtimes.
 */
export interface PickedFile {
  readonly name: string;
  readonly size: number;
  stream(): ReadableStream<Uint8Array>;
}

export interface OpenFilesOptions {
  title?: string;
  /** Extensions without the dot, e.g. `['jsonl', 'csv']`. */
  extensions?: string[];
  multiple?: boolean;
}

export interface SaveFileOptions {
  suggestedName: string;
  mimeType: string;
  title?: string;
  extensions?: string[];
}

export type SaveFileResult = { saved: false } | { saved: true; name: string; bytesWritten: number };

export interface SecretValue {
  value: string | null;
  storage: SecretStorage;
}

export interface Bridge {
  readonly runtime: 'electron' | 'browser';
  getAppInfo(): Promise<AppInfo>;
  /** Tells the shell which language the UI uses (the native menu follows it). */
  setLanguage(language: Language): Promise<void>;
  /** Shows the platform's file picker; resolves to `[]` when the user cancels. */
  openFiles(options?: OpenFilesOptions): Promise<PickedFile[]>;
  /**
   * Asks where to save, then writes `chunks` in order as they come. Resolves `{saved: false}` when
   * the user cancels; on an error from `chunks` nothing partial is left behind where possible.
   */
  saveFile(
    options: SaveFileOptions,
    chunks: AsyncIterable<Uint8Array | string>,
  ): Promise<SaveFileResult>;
  /** Opens an http(s) link in the system browser after the shared URL check. */
  openExternal(url: string): Promise<OpenExternalResult>;
  getSecret(name: SecretName): Promise<SecretValue>;
  /** Stores (or with `null`, deletes) a secret; reports whether the platform encrypts it. */
  setSecret(name: SecretName, value: string | null): Promise<{ storage: SecretStorage }>;
  /** Subscribes to commands from the native menu; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
