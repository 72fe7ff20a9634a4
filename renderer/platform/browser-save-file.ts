/**
 * Saving in a plain browser. With the File System Access API the bytes stream to the chosen file
 * and only replace it on close; otherwise they are collected and handed over as a download.
 */
import type { SaveFileOptions, SaveFileResult } from './bridge';

/** The parts of the File System Access API we use (not yet in TypeScript's DOM library). */
interface WritableFile {
  write(data: Uint8Array): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}
interface SaveFileHandle {
  readonly name: string;
  createWritable(): Promise<WritableFile>;
}
export type ShowSaveFilePicker = (options: {
  suggestedName?: string;
  types?: { description?: string; accept: Record<string, string[]> }[];
}) => Promise<SaveFileHandle>;

function toBytes(encoder: TextEncoder, chunk: Uint8Array | string): Uint8Array {
  return typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
}

/** Streams `chunks` to a file the user picks; a throwing source leaves the file untouched. */
export async function saveWithPicker(
  showSaveFilePicker: ShowSaveFilePicker,
  options: SaveFileOptions,
  chunks: AsyncIterable<Uint8Array | string>,
): Promise<SaveFileResult> {
  const extensions = options.extensions?.map((extension) => `.${extension}`) ?? [];
  let handle: SaveFileHandle;
  try {
    handle = await showSaveFilePicker({
      suggestedName: options.suggestedName,
      types: extensions.length > 0 ? [{ accept: { [options.mimeType]: extensions } }] : undefined,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') {
      return { saved: false };
    }
    throw error;
  }
  const writable = await handle.createWritable();
  const encoder = new TextEncoder();
  let bytesWritten = 0;
  try {
    for await (const chunk of chunks) {
      const bytes = toBytes(encoder, chunk);
      await writable.write(bytes);
      bytesWritten += bytes.byteLength;
    }
  } catch (error) {
    // abort() discards the swap file: the target keeps its previous contents.
    await writable.abort().catch(() => undefined);
    throw error;
  }
  await writable.close();
  return { saved: true, name: handle.name, bytesWritten };
}

/** Collects `chunks` into a Blob and downloads it; nothing is downloaded if `chunks` throws. */
export async function saveAsDownload(
  doc: Document,
  urls: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>,
  options: SaveFileOptions,
  chunks: AsyncIterable<Uint8Array | string>,
): Promise<SaveFileResult> {
  const encoder = new TextEncoder();
  const parts: BlobPart[] = [];
  for await (const chunk of chunks) {
    parts.push(toBytes(encoder, chunk) as Uint8Array<ArrayBuffer>);
  }
  const blob = new Blob(parts, { type: options.mimeType });
  const url = urls.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = options.suggestedName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can abort the download in some browsers; a minute is plenty.
  setTimeout(() => urls.revokeObjectURL(url), 60_000);
  return { saved: true, name: options.suggestedName, bytesWritten: blob.size };
}
