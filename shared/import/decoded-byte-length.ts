/**
 * How many bytes of the source encoding a piece of decoded text came from. The chunk decoder uses
 * it to know where in the file it is, so an invalid byte sequence can be reported with its byte
 * offset. Exact for UTF-8 and UTF-16; for Big5 it follows the WHATWG table (ASCII is one byte,
 * every other character two, including the four pairs that decode to a letter plus a combining
 * mark and the pairs that decode to characters outside the BMP).
 */
import type { TextEncodingName } from './encoding-name';

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      bytes += 1;
    } else if (code < 0x800) {
      bytes += 2;
    } else if (isHighSurrogate(code) && i + 1 < text.length) {
      bytes += 4;
      i += 1;
    } else {
      bytes += 3;
    }
  }
  return bytes;
}

function big5Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const previous = i > 0 ? text.charCodeAt(i - 1) : 0;
    // ICU's Big5 (Node's) decodes the single bytes 80 and FF as U+0080 and U+F8F8; WHATWG's
    // never gives either, so they are one byte whichever decoder read them.
    if (code <= 0x80 || code === 0xf8f8) {
      bytes += 1;
    }
    // Each half of a surrogate pair counts one: the pair came from one two-byte sequence.
    else if (isSurrogate(code)) {
      bytes += 1;
    }
    // Ê̄ Ê̌ ê̄ ê̌: a letter and its combining mark came from one two-byte sequence.
    else if ((code === 0x0304 || code === 0x030c) && (previous === 0xca || previous === 0xea)) {
      bytes += 0;
    } else {
      bytes += 2;
    }
  }
  return bytes;
}

export function decodedByteLength(encoding: TextEncodingName, text: string): number {
  switch (encoding) {
    case 'utf-8':
      return utf8Length(text);
    case 'utf-16le':
    case 'utf-16be':
      return text.length * 2;
    case 'big5':
      return big5Length(text);
    case 'windows-1252':
      // Every byte decodes to one character of the BMP (WHATWG maps all 256).
      return text.length;
  }
}
