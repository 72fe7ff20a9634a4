/**
 * Which encoding an imported file is in, from its first bytes, and a decoder that turns the file
 * into text chunk by chunk. Detection: a byte order mark wins; without one, text that is valid
 * UTF-8 is UTF-8, else text that is valid Big5 is Big5, else the file is refused. Decoding is
 * strict (fatal): an invalid byte sequence stops the import with its byte offset, rather than
 * turning into U+FFFD and silently changing what the model wrote.
 */
import { decodedByteLength } from './decoded-byte-length';
import type { TextEncodingName } from './encoding-name';

export type { TextEncodingName } from './encoding-name';

export type DetectedEncoding =
  { encoding: TextEncodingName; bom: number } | { encoding: null; reason: string };

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
    return { encoding: 'utf-8', bom: 3 };
  }
  if (startsWith(head, [0xff, 0xfe])) {
    return { encoding: 'utf-16le', bom: 2 };
  }
  if (startsWith(head, [0xfe, 0xff])) {
    return { encoding: 'utf-16be', bom: 2 };
  }
  // NUL is valid UTF-8 but never appears in a text export; it means binary or BOM-less UTF-16.
  if (head.includes(0)) {
    return {
      encoding: null,
      reason: 'unknown encoding (NUL bytes: binary, or UTF-16 without BOM)',
    };
  }
  if (decodesCleanly('utf-8', head)) {
    return { encoding: 'utf-8', bom: 0 };
  }
  if (decodesCleanly('big5', head)) {
    return { encoding: 'big5', bom: 0 };
  }
  return { encoding: null, reason: 'unknown encoding' };
}

/** Thrown by a chunk decoder at the first byte sequence that is invalid in its encoding. */
export class InvalidByteSequenceError extends Error {
  constructor(
    readonly encoding: TextEncodingName,
    /** Offset in the file (BOM included) where the bad sequence starts, or null if unknown. */
    readonly byteOffset: number | null,
  ) {
    super(
      byteOffset === null
        ? `invalid ${encoding} byte sequence`
        : `invalid ${encoding} byte sequence at byte ${byteOffset}`,
    );
    this.name = 'InvalidByteSequenceError';
  }
}

export interface ChunkDecoder {
  /** Decodes the next chunk; throws InvalidByteSequenceError. */
  decode(chunk: Uint8Array): string;
  /** Flushes the end of the file; throws InvalidByteSequenceError on a cut-off character. */
  end(): string;
}

/** Longest run of undecoded bytes a decoder can hold between chunks (UTF-8: 3, UTF-16: 3). */
const KEPT_TAIL = 4;

export function createChunkDecoder(encoding: TextEncodingName, bom: number): ChunkDecoder {
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  let bomLeft = bom;
  /** Bytes after the BOM given to the decoder, and how many of them became text so far. */
  let fed = 0;
  let consumed = 0;
  /** The last bytes fed, so the undecoded ones can be replayed to locate an error. */
  let tail = new Uint8Array(0);

  const decodes = (bytes: Uint8Array, stream: boolean): string | null => {
    try {
      return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes, { stream });
    } catch {
      return null;
    }
  };

  /** Where the first bad sequence starts, replaying the held bytes plus `bytes`. */
  const locate = (bytes: Uint8Array, stream: boolean): number | null => {
    const held = fed - consumed;
    if (held > tail.length) {
      return null;
    }
    const input = new Uint8Array(held + bytes.length);
    input.set(tail.subarray(tail.length - held));
    input.set(bytes, held);
    if (!stream) {
      return bom + consumed;
    }
    // Longest prefix that still decodes: the bad sequence begins after its last whole character.
    let good = 0;
    let bad = input.length;
    while (bad - good > 1) {
      const middle = Math.floor((good + bad) / 2);
      if (decodes(input.subarray(0, middle), true) === null) {
        bad = middle;
      } else {
        good = middle;
      }
    }
    const text = decodes(input.subarray(0, good), true);
    return text === null ? null : bom + consumed + decodedByteLength(encoding, text);
  };

  const remember = (bytes: Uint8Array) => {
    const joined = new Uint8Array(tail.length + Math.min(bytes.length, KEPT_TAIL));
    joined.set(tail);
    joined.set(bytes.subarray(Math.max(0, bytes.length - KEPT_TAIL)), tail.length);
    tail = joined.slice(Math.max(0, joined.length - KEPT_TAIL));
  };

  return {
    decode(chunk) {
      let bytes = chunk;
      if (bomLeft > 0) {
        const skipped = Math.min(bomLeft, bytes.length);
        bytes = bytes.subarray(skipped);
        bomLeft -= skipped;
      }
      let text: string;
      try {
        text = decoder.decode(bytes, { stream: true });
      } catch {
        throw new InvalidByteSequenceError(encoding, locate(bytes, true));
      }
      fed += bytes.length;
      consumed += decodedByteLength(encoding, text);
      remember(bytes);
      return text;
    },
    end() {
      try {
        return decoder.decode();
      } catch {
        throw new InvalidByteSequenceError(encoding, locate(new Uint8Array(0), false));
      }
    },
  };
}
