/**
 * Packs a stream of strings and byte arrays into chunks of at most `maxBytes`, so an export made
 * of many small pieces costs few IPC messages and a large piece never exceeds the contract limit.
 */

/** Yields chunks of exactly `maxBytes` (the last one shorter), copying into fresh buffers. */
export async function* packChunks(
  source: AsyncIterable<Uint8Array | string>,
  maxBytes: number,
): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  let buffer = new Uint8Array(maxBytes);
  let filled = 0;
  for await (const piece of source) {
    const bytes = typeof piece === 'string' ? encoder.encode(piece) : piece;
    let offset = 0;
    while (offset < bytes.byteLength) {
      const take = Math.min(maxBytes - filled, bytes.byteLength - offset);
      buffer.set(bytes.subarray(offset, offset + take), filled);
      filled += take;
      offset += take;
      if (filled === maxBytes) {
        yield buffer;
        // A fresh buffer: the consumer may still hold the previous one (IPC is asynchronous).
        buffer = new Uint8Array(maxBytes);
        filled = 0;
      }
    }
  }
  if (filled > 0) {
    yield buffer.slice(0, filled);
  }
}
