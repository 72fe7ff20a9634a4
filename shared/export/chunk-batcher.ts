/**
 * Gathers an export's small chunks (one JSON line each) per file into batches of about
 * `batchBytes`, so crossing from the worker to the page (and on to main), or into the hub's HTTP
 * response, costs one message or write per batch rather than one per record. Each file's bytes
 * keep their order.
 *
 * What it keeps it copies (a writer may reuse a small buffer). A chunk of a batch or more that
 * arrives when nothing of its file is waiting goes on as it is, uncopied: the writers batch their
 * own lines (text-batch.ts) or cut whole row groups (parquet-writer.ts) into arrays they never
 * write to again, and copying 200 MB of them twice cost the hub's export a good part of its time.
 */
export interface ChunkBatcher {
  /** Adds `chunk` to `fileName`; returns a full batch to send now, if one is ready. */
  add(fileName: string, chunk: Uint8Array): Uint8Array | undefined;
  /** The rest of every file, in the order files were first seen (empty files included). */
  drain(): [fileName: string, bytes: Uint8Array][];
}

export function createChunkBatcher(batchBytes = 256 * 1024): ChunkBatcher {
  const pending = new Map<string, { parts: Uint8Array[]; bytes: number }>();
  const join = (parts: readonly Uint8Array[], bytes: number) => {
    const out = new Uint8Array(bytes);
    let offset = 0;
    for (const part of parts) {
      out.set(part, offset);
      offset += part.byteLength;
    }
    return out;
  };
  return {
    add(fileName, chunk) {
      const file = pending.get(fileName) ?? { parts: [], bytes: 0 };
      pending.set(fileName, file);
      if (file.bytes === 0 && chunk.byteLength >= batchBytes) {
        return chunk;
      }
      file.parts.push(chunk.slice());
      file.bytes += chunk.byteLength;
      if (file.bytes < batchBytes) {
        return undefined;
      }
      const batch = join(file.parts, file.bytes);
      file.parts = [];
      file.bytes = 0;
      return batch;
    },
    drain() {
      const out: [string, Uint8Array][] = [];
      for (const [fileName, file] of pending) {
        out.push([fileName, join(file.parts, file.bytes)]);
        file.parts = [];
        file.bytes = 0;
      }
      return out;
    },
  };
}
