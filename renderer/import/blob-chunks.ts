/**
 * A file as a stream of byte chunks, read slice by slice (`Blob.slice().arrayBuffer()`), so a
 * 1 GB file is never in memory whole. Works on a File from the dialog or a drop, in a page or in
 * a Web Worker.
 */

/** 1 MiB: large enough that reading is not dominated by per-call overhead, small in memory. */
export const CHUNK_BYTES = 1 << 20;

export async function* blobChunks(
  blob: Blob,
  chunkBytes = CHUNK_BYTES,
): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < blob.size; start += chunkBytes) {
    const buffer = await blob.slice(start, Math.min(blob.size, start + chunkBytes)).arrayBuffer();
    yield new Uint8Array(buffer);
  }
}
