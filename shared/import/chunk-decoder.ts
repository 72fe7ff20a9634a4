/**
 * Turns an imported file into text chunk by chunk, in the encoding detect-encoding.ts chose.
 * Decoding goes on past an invalid byte sequence: it becomes one U+FFFD (as the WHATWG decoders
 * replace it) and is reported with where the U+FFFD stands in the text and the byte offset of
 * the sequence, so the parsers can report the row that holds it and leave that row out, rather
 * than import text that silently differs from what the model wrote, or refuse the whole file.
 */
import { decodedByteLength } from './decoded-byte-length';
import type { TextEncodingName } from './encoding-name';

/** One invalid byte sequence, decoded as one U+FFFD. */
export interface InvalidSequence {
  /** Where its U+FFFD stands in the text it was decoded with. */
  index: number;
  /** Offset in the file (BOM included) where the bad sequence starts. */
  byteOffset: number;
}

export interface DecodedText {
  text: string;
  /** The invalid byte sequences in `text`, in order. */
  invalid: InvalidSequence[];
}

/** The report's reason for an invalid byte sequence (problem-reason.ts translates it). */
export function invalidSequenceReason(encoding: TextEncodingName, byteOffset: number): string {
  return `invalid ${encoding} byte sequence at byte ${byteOffset}`;
}

/**
 * Whether a text's invalid sequences are few enough (at most one per hundred characters) to be
 * faults in a file in this encoding, rather than the sign of a file in another encoding.
 */
export function fewInvalid(decoded: DecodedText): boolean {
  return decoded.invalid.length * 100 <= decoded.text.length;
}

export interface ChunkDecoder {
  /** Decodes the next chunk; a sequence cut off at its end waits for the next chunk. */
  decode(chunk: Uint8Array): DecodedText;
  /** Flushes the end of the file; a character cut off there is an invalid sequence. */
  end(): DecodedText;
}

/** Bytes tried after an invalid sequence before looking further in growing windows. */
const FIRST_WINDOW = 64;

const EMPTY = new Uint8Array(0);

/**
 * Where an invalid sequence that starts at `start` ends, the decoder having noticed it at byte
 * `trigger`. A UTF-16 error is one code unit. In UTF-8 and Big5 the byte that revealed a cut-off
 * sequence is read again when it can stand on its own (WHATWG: when it is ASCII, or could start a
 * UTF-8 character); which, is asked of the platform's own decoder, so the text matches its
 * replacing decoder exactly (Node's Big5, from ICU, differs from WHATWG's here).
 */
function sequenceEnd(
  encoding: TextEncodingName,
  input: Uint8Array,
  start: number,
  trigger: number,
): number {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    return start + 2;
  }
  if (start === trigger) {
    return trigger + 1;
  }
  const replaced = new TextDecoder(encoding, { ignoreBOM: true }).decode(
    input.subarray(start, trigger + 1),
  );
  // One U+FFFD: the trigger byte was part of the bad sequence; more: it was read again.
  return replaced === '\uFFFD' ? trigger + 1 : trigger;
}

/**
 * The invalid sequences of UTF-8 bytes, as the WHATWG decoder finds them (each maximal subpart
 * of a sequence is one error), with where each one's U+FFFD stands in the decoded text; `end` is
 * where a sequence cut off by the end of `input` starts (the bytes kept for the next chunk).
 */
function scanUtf8(input: Uint8Array): { invalid: InvalidSequence[]; end: number } {
  const invalid: InvalidSequence[] = [];
  let index = 0;
  let i = 0;
  const length = input.length;
  while (i < length) {
    const lead = input[i] ?? 0;
    if (lead < 0x80) {
      i += 1;
      index += 1;
      continue;
    }
    let needed: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) {
      needed = 1;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      needed = 2;
      lower = lead === 0xe0 ? 0xa0 : 0x80;
      upper = lead === 0xed ? 0x9f : 0xbf;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      needed = 3;
      lower = lead === 0xf0 ? 0x90 : 0x80;
      upper = lead === 0xf4 ? 0x8f : 0xbf;
    } else {
      invalid.push({ index, byteOffset: i });
      i += 1;
      index += 1;
      continue;
    }
    let next = i + 1;
    let valid = true;
    for (let seen = 0; seen < needed; seen += 1) {
      if (next >= length) {
        return { invalid, end: i };
      }
      const byte = input[next] ?? 0;
      if (byte < lower || byte > upper) {
        valid = false;
        break;
      }
      lower = 0x80;
      upper = 0xbf;
      next += 1;
    }
    if (valid) {
      index += needed === 3 ? 2 : 1;
    } else {
      // The byte that broke the sequence is read again.
      invalid.push({ index, byteOffset: i });
      index += 1;
    }
    i = next;
  }
  return { invalid, end: length };
}

export function createChunkDecoder(encoding: TextEncodingName, bom: number): ChunkDecoder {
  let bomLeft = bom;
  /** Bytes of a character cut off at the end of the last chunk. */
  let pending: Uint8Array = EMPTY;
  /** Offset in the file of `pending[0]` (of the next byte to decode). */
  let offset = bom;

  const decodes = (bytes: Uint8Array): string | null => {
    try {
      return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes, {
        stream: true,
      });
    } catch {
      return null;
    }
  };

  const run = (input: Uint8Array, final: boolean): DecodedText => {
    const parts: string[] = [];
    let length = 0;
    const invalid: InvalidSequence[] = [];
    const emit = (text: string) => {
      parts.push(text);
      length += text.length;
    };
    /** The first byte of `input` not yet turned into text. */
    let at = 0;
    const whole = decodes(input);
    if (whole !== null) {
      emit(whole);
      at = decodedByteLength(encoding, whole);
    } else if (encoding === 'utf-8') {
      // A damaged file: one pass finds the bad sequences, the replacing decoder gives the text.
      const scanned = scanUtf8(input);
      for (const each of scanned.invalid) {
        invalid.push({ index: length + each.index, byteOffset: offset + each.byteOffset });
      }
      emit(new TextDecoder('utf-8', { ignoreBOM: true }).decode(input.subarray(0, scanned.end)));
      at = scanned.end;
    } else {
      // A damaged file in UTF-16 or Big5 (rarer): find each bad sequence by asking the decoder,
      // decoding the good runs between them.
      let window = FIRST_WINDOW;
      while (at < input.length) {
        const end = Math.min(input.length, at + window);
        const piece = input.subarray(at, end);
        const text = decodes(piece);
        if (text !== null) {
          emit(text);
          at += decodedByteLength(encoding, text);
          if (end === input.length) {
            break;
          }
          window *= 2;
          continue;
        }
        // The longest prefix of `piece` that decodes: the next byte revealed the bad sequence.
        let good = 0;
        let bad = piece.length;
        while (bad - good > 1) {
          const middle = Math.floor((good + bad) / 2);
          if (decodes(piece.subarray(0, middle)) === null) {
            bad = middle;
          } else {
            good = middle;
          }
        }
        const before = decodes(piece.subarray(0, good)) ?? '';
        emit(before);
        const start = at + decodedByteLength(encoding, before);
        invalid.push({ index: length, byteOffset: offset + start });
        emit('\uFFFD');
        at = sequenceEnd(encoding, input, start, at + good);
        window = FIRST_WINDOW;
      }
    }
    if (final) {
      if (at < input.length) {
        invalid.push({ index: length, byteOffset: offset + at });
        emit('\uFFFD');
      }
      pending = EMPTY;
      offset += input.length;
    } else {
      pending = input.slice(at);
      offset += at;
    }
    return { text: parts.join(''), invalid };
  };

  return {
    decode(chunk) {
      let bytes = chunk;
      if (bomLeft > 0) {
        const skipped = Math.min(bomLeft, bytes.length);
        bytes = bytes.subarray(skipped);
        bomLeft -= skipped;
      }
      if (pending.length > 0) {
        const joined = new Uint8Array(pending.length + bytes.length);
        joined.set(pending);
        joined.set(bytes, pending.length);
        bytes = joined;
      }
      return run(bytes, false);
    },
    end() {
      return run(pending, true);
    },
  };
}
