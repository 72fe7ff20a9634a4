/**
 * Reads and writes window-state.json. Reading never throws (a broken file means "no saved
 * state"); writing is debounced because 'move' and 'resize' fire dozens of times a second while
 * the reviewer drags, and atomic (temp file + rename) so a crash mid-write leaves the old file.
 */
import { parseWindowState, type WindowState } from './window-state';

/** The file effects the store needs (node:fs/promises in the app). */
export interface WindowStateFs {
  readFile(filePath: string, encoding: 'utf8'): Promise<string>;
  writeFile(filePath: string, data: string, encoding: 'utf8'): Promise<void>;
  rename(from: string, to: string): Promise<void>;
}

/** The saved state, or `null` when the file is missing, unreadable or invalid. */
export async function loadWindowState(
  filePath: string,
  fs: Pick<WindowStateFs, 'readFile'>,
): Promise<WindowState | null> {
  try {
    return parseWindowState(JSON.parse(await fs.readFile(filePath, 'utf8')) as unknown);
  } catch {
    return null;
  }
}

/** A debounced writer: `schedule` many times, one write `delayMs` after the last call. */
export interface WindowStateSaver {
  schedule(state: WindowState): void;
  /** Writes a pending state now (call on window close). */
  flush(): Promise<void>;
}

/** Creates a {@link WindowStateSaver}; write errors are reported to `onError`, never thrown. */
export function createWindowStateSaver(options: {
  filePath: string;
  fs: Pick<WindowStateFs, 'writeFile' | 'rename'>;
  delayMs?: number;
  onError?: (error: unknown) => void;
}): WindowStateSaver {
  const delayMs = options.delayMs ?? 500;
  let pending: WindowState | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();

  const write = (state: WindowState): Promise<void> => {
    const temp = `${options.filePath}.tmp`;
    writing = writing
      .then(async () => {
        await options.fs.writeFile(temp, JSON.stringify(state), 'utf8');
        await options.fs.rename(temp, options.filePath);
      })
      .catch((error: unknown) => options.onError?.(error));
    return writing;
  };

  const flush = (): Promise<void> => {
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
    const state = pending;
    pending = null;
    return state === null ? writing : write(state);
  };

  return {
    schedule(state) {
      pending = state;
      if (timer !== undefined) {
        clearTimeout(timer);
      }
      timer = setTimeout(() => void flush(), delayMs);
    },
    flush,
  };
}
