/**
 * Writes an export into the folder the user picked (issue 13 point 1): each data file is opened
 * on its first chunk and written as the chunks come, `manifest.json` last, once every data file
 * is complete — so a folder with a manifest holds the whole export. On any failure or cancel,
 * every file not yet finished is aborted: nothing partial is left under a final name.
 */
import type { ExportManifest } from '../../../shared/export';
import { manifestJson } from '../../../shared/export';
import type { ExportFolder, FolderFile } from '../../platform/bridge';
import type { EngineRun, ExportEngine } from './export-engine';
import type { StoreExportRequest } from './run-store-export';

export const MANIFEST_FILE = 'manifest.json';

/** A file that could not be written, and why (the message names the file). */
export class ExportFileError extends Error {
  override readonly name = 'ExportFileError';

  constructor(
    readonly fileName: string,
    readonly reason: string,
  ) {
    super(`${fileName}: ${reason}`);
  }
}

export interface WrittenFile {
  name: string;
  bytes: number;
}

export interface FolderExport {
  manifest: ExportManifest;
  /** Data files, then the manifest, as written. */
  files: WrittenFile[];
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Rejects when `signal` aborts: a write stuck on a slow disk must not hold up a cancel. */
function aborted(signal: AbortSignal | undefined): Promise<never> {
  return new Promise((_, reject) => {
    if (signal === undefined) {
      return;
    }
    const fail = () => reject(signal.reason as Error);
    if (signal.aborted) {
      fail();
    } else {
      signal.addEventListener('abort', fail, { once: true });
    }
  });
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Runs one file operation; its failure names the file, a cancel wins over a stuck write. */
async function step<T>(
  fileName: string,
  work: () => Promise<T>,
  signal: AbortSignal | undefined,
): Promise<T> {
  try {
    return await Promise.race([work(), aborted(signal)]);
  } catch (error) {
    if (error instanceof ExportFileError || isAbort(error) || signal?.aborted === true) {
      throw error;
    }
    throw new ExportFileError(fileName, reasonOf(error));
  }
}

/** Runs the export through `engine` into `folder`; resolves once the manifest is written. */
export async function writeExportToFolder(
  engine: ExportEngine,
  request: StoreExportRequest,
  folder: ExportFolder,
  run: Omit<EngineRun, 'onChunk'> = {},
): Promise<FolderExport> {
  const { signal } = run;
  const open = new Map<string, Promise<FolderFile>>();
  const unfinished = new Set<FolderFile>();
  let failed = false;
  const fileFor = (fileName: string) => {
    let file = open.get(fileName);
    if (file === undefined) {
      const creating = folder.createFile(fileName);
      // A file that opens only after the export failed (a slow disk) is aborted then.
      void creating.then(
        (created) => (failed ? created.abort().catch(() => undefined) : undefined),
        () => undefined,
      );
      file = step(fileName, () => creating, signal).then((created) => {
        unfinished.add(created);
        return created;
      });
      open.set(fileName, file);
    }
    return file;
  };
  try {
    const manifest = await engine.run(request, {
      ...run,
      async onChunk(fileName, chunk) {
        const file = await fileFor(fileName);
        await step(fileName, () => file.write(chunk), signal);
      },
    });
    signal?.throwIfAborted();
    const files: WrittenFile[] = [];
    for (const [fileName, pending] of open) {
      const file = await pending;
      const { bytesWritten } = await step(fileName, () => file.close(), signal);
      unfinished.delete(file);
      files.push({ name: fileName, bytes: bytesWritten });
    }
    const manifestFile = await fileFor(MANIFEST_FILE);
    await step(
      MANIFEST_FILE,
      () => manifestFile.write(new TextEncoder().encode(manifestJson(manifest))),
      signal,
    );
    const { bytesWritten } = await step(MANIFEST_FILE, () => manifestFile.close(), signal);
    unfinished.delete(manifestFile);
    files.push({ name: MANIFEST_FILE, bytes: bytesWritten });
    return { manifest, files };
  } catch (error) {
    failed = true;
    // Files still opening are aborted once they open; none is left half-written. Not awaited
    // past their opening: a stuck disk must not keep the dialog waiting after a cancel.
    await Promise.all(
      [...open.values()].map((pending) =>
        pending.then(
          (file) => (unfinished.has(file) ? file.abort().catch(() => undefined) : undefined),
          () => undefined,
        ),
      ),
    );
    throw error;
  }
}
