/** The first bytes of a picked file, for the preview; the rest of the file is not read. */
import { PREVIEW_BYTES } from '../../../shared/import/file-preview';
import type { PickedFile } from '../../platform/bridge';

export async function readFileHead(
  file: PickedFile,
  maxBytes = PREVIEW_BYTES,
): Promise<{ bytes: Uint8Array; complete: boolean }> {
  const reader = file.stream().getReader();
  const parts: Uint8Array[] = [];
  let length = 0;
  let complete = false;
  try {
    while (length < maxBytes) {
      const { value, done } = await reader.read();
      if (done) {
        complete = true;
        break;
      }
      parts.push(value);
      length += value.length;
    }
    if (!complete && length === maxBytes) {
      // Exactly the limit so far: only the next read says whether that was the whole file.
      const next = await reader.read();
      complete = next.done;
      length += next.value?.length ?? 0;
    }
  } finally {
    if (!complete) {
      // Release the source (in Electron, main's file handle) without reading on.
      await reader.cancel().catch(() => undefined);
    }
  }
  const bytes = new Uint8Array(Math.min(length, maxBytes));
  let at = 0;
  for (const part of parts) {
    const take = part.subarray(0, bytes.length - at);
    bytes.set(take, at);
    at += take.length;
  }
  // A file exactly as long as the head is still complete once `done` was seen.
  return { bytes, complete: complete && length <= maxBytes };
}
