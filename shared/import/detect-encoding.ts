/**
 * Which encoding an imported file is in, from its first bytes. A byte order mark wins; without
 * one, text that is valid UTF-8 is UTF-8, else text that is valid Big5 is Big5 (or Windows-1252
 * when it reads as Latin words, see big5-looks-latin.ts), else text that is UTF-8 but for a few
 * invalid byte sequences (at most one per hundred characters) is UTF-8, else the file is refused:
 * a file mostly invalid in UTF-8 is in another encoding, and the reviewer is asked to choose it.
 * Detection says how sure it is (issue 12, point 16): only a BOM or valid UTF-8 is certain; the
 * screen says so otherwise, and shows the preview in the encoding chosen before anything is
 * checked. Decoding is chunk-decoder.ts.
 */
import { big5LooksLatin } from './big5-looks-latin';
import { createChunkDecoder, fewInvalid } from './chunk-decoder';
import type { TextEncodingName } from './encoding-name';

export type { TextEncodingName } from './encoding-name';

/**
 * How sure detection is: `confident` (a BOM, or valid UTF-8), `likely` (UTF-8 with a few bad
 * bytes, or Big5 that reads as Chinese), `guess` (bytes another encoding reads as well).
 */
export type EncodingConfidence = 'confident' | 'likely' | 'guess';

export type DetectedEncoding =
  | {
      encoding: TextEncodingName;
      bom: number;
      confidence: EncodingConfidence;
      /** Another encoding that reads these bytes without error, when detection had to choose. */
      alternative?: TextEncodingName;
    }
  | { encoding: null; reason: string };

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((byte, index) => bytes[index] === byte);

/** Whether the bytes decode without error; a sequence cut off at the end is not an error. */
function decodesCleanly(encoding: TextEncodingName, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Detects the encoding from the first bytes of a file (the head may end mid-character). */
export function detectEncoding(head: Uint8Array): DetectedEncoding {
  if (startsWith(head, [0xef, 0xbb, 0xbf])) {
    return { encoding: 'utf-8', bom: 3, confidence: 'confident' };
  }
  if (startsWith(head, [0xff, 0xfe])) {
    return { encoding: 'utf-16le', bom: 2, confidence: 'confident' };
  }
  if (startsWith(head, [0xfe, 0xff])) {
    return { encoding: 'utf-16be', bom: 2, confidence: 'confident' };
  }
  // NUL is valid UTF-8 but never appears in a text export; it means binary or BOM-less UTF-16.
  if (head.includes(0)) {
    return {
      encoding: null,
      reason: 'unknown encoding (NUL bytes: binary, or UTF-16 without BOM)',
    };
  }
  if (decodesCleanly('utf-8', head)) {
    return { encoding: 'utf-8', bom: 0, confidence: 'confident' };
  }
  if (decodesCleanly('big5', head)) {
    // Any byte reads as Windows-1252, so valid Big5 is only a sign, never proof.
    return big5LooksLatin(head)
      ? { encoding: 'windows-1252', bom: 0, confidence: 'guess', alternative: 'big5' }
      : { encoding: 'big5', bom: 0, confidence: 'likely', alternative: 'windows-1252' };
  }
  const asUtf8 = createChunkDecoder('utf-8', 0).decode(head);
  if (fewInvalid(asUtf8)) {
    return { encoding: 'utf-8', bom: 0, confidence: 'likely' };
  }
  return { encoding: null, reason: 'unknown encoding' };
}
