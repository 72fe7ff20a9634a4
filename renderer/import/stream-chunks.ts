/** A ReadableStream of bytes as an async iterable; stopping early cancels the stream's source. */
export async function* streamChunks(
  stream: ReadableStream<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  let finished = false;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      yield value;
    }
  } finally {
    if (!finished) {
      // Cancelled or failed part-way: tell the source (the Electron main process closes its
      // file handle). A source that already failed may reject this too; that is not news.
      await reader.cancel().catch(() => undefined);
    }
    reader.releaseLock();
  }
}
