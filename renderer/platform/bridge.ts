/**
 * The renderer's only door to the platform (DESIGN.md: "Bridge, not globals"). One
 * implementation wraps the Electron preload (`window.loupe`); the other runs in a plain browser
 * (file input, downloads). Features and stores talk to this interface and never to `window.*`.
 */
import type {
  AppInfo,
  HubConnection,
  HubConnectResult,
  Language,
  MenuCommand,
  OpenExternalResult,
} from '../../shared/ipc/contract';
import type { HubAnswers, HubCallOf, HubOp } from '../../shared/sync/hub-calls';
import type { HubResult } from '../../shared/sync/hub-failure';
import type { Poke, PokeStreamState } from '../../shared/sync/poke-stream';

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
  /**
   * A small file the browser build hands over as a download (a Blob link) rather than through
   * the save picker, which may show nothing at all (issue 12, point 17: the import report).
   */
  asDownload?: boolean;
}

export type SaveFileResult = { saved: false } | { saved: true; name: string; bytesWritten: number };

/**
 * One file being written into an export folder, chunk by chunk (issue 13 point 1). Nothing is
 * under the file's name until `close` resolves; `abort` leaves nothing behind.
 */
export interface FolderFile {
  write(chunk: Uint8Array): Promise<void>;
  /** Finishes the file; resolves to its size. */
  close(): Promise<{ bytesWritten: number }>;
  abort(): Promise<void>;
}

/** A folder the user chose to export into; files are named inside it, never given a path. */
export interface ExportFolder {
  /** `downloads`: the browser build, where every file becomes a download (no folder to name). */
  readonly kind: 'folder' | 'downloads';
  /** The folder's own name, for the screen (empty for `downloads`). */
  readonly name: string;
  /** Starts a file `name` (no separators, no `..`) in the folder. */
  createFile(name: string): Promise<FolderFile>;
}

/**
 * The team hub, as the renderer may use it (SYNC.md §6): the token goes in once, with the
 * address, and never comes back out. In Electron main keeps it (safeStorage) and makes every
 * call; in the browser build the bridge keeps it and calls `fetch`.
 */
export interface HubBridge {
  /** Checks address and token with `hello`; only when the hub accepts them are both stored. */
  connect(url: string, token: string): Promise<HubConnectResult>;
  /** Forgets the address and the token (the local data is the caller's business). */
  disconnect(): Promise<void>;
  /** Which hub is connected (never the token). */
  connection(): Promise<HubConnection>;
  /** One call to the connected hub; `not-connected` when there is none. */
  call<O extends HubOp>(call: HubCallOf<O>): Promise<HubResult<HubAnswers[O]>>;
  /**
   * Follows the hub's poke stream until the returned function is called; the stream reconnects
   * by itself. `onState` hears whether it is open.
   */
  followPokes(onPoke: (poke: Poke) => void, onState?: (state: PokeStreamState) => void): () => void;
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
  /**
   * Asks for the folder an export is written into; resolves to undefined when the user cancels.
   * The browser build has no folder to pick: its files become downloads.
   */
  pickExportFolder(options?: { title?: string }): Promise<ExportFolder | undefined>;
  /**
   * The page as its print stylesheet lays it out: saved as a PDF where the user picks (Electron's
   * printToPDF), or the browser's print dialog in the browser build. `saved` is true when the
   * app wrote the PDF (false when the user cancelled, and in the browser, whose dialog saves).
   */
  printPage(options: { suggestedName: string; title?: string }): Promise<{ saved: boolean }>;
  /** Opens an http(s) link in the system browser after the shared URL check. */
  openExternal(url: string): Promise<OpenExternalResult>;
  readonly hub: HubBridge;
  /** Subscribes to commands from the native menu; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
