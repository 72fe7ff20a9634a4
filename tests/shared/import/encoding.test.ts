/**
 * Encoding detection and chunked decoding: BOMs, BOM-less UTF-8 cut mid-character, Big5,
 * refused files, a BOM inside the file kept as text, and invalid bytes located by offset: each
 * one becomes one U+FFFD, exactly as the WHATWG decoders replace it, and decoding goes on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createChunkDecoder,
  detectEncoding,
  invalidSequenceReason,
  type TextEncodingName,
} from '../../../shared/import';
import { CHUNK_SIZES, chunksOf, decodeBytes } from './support';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => new Uint8Array(values);

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const [first, second] = order === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
    out[2 + i * 2] = first;
    out[3 + i * 2] = second;
  }
  return out;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Big5 bytes from a known table: 中 = A4A4, 文 = A4E5, 資 = B8EA, 料 = AEC6. */
const BIG5_CHINESE_TEXT = bytes(0xa4, 0xa4, 0xa4, 0xe5); // 中文
const BIG5_DATA = bytes(0xb8, 0xea, 0xae, 0xc6); // 資料

/** Decodes `input` in chunks of `size`: the text, and the byte offsets of its bad sequences. */
function decodeAll(encoding: TextEncodingName, bom: number, input: Uint8Array, size: number) {
  const decoder = createChunkDecoder(encoding, bom);
  let text = '';
  const offsets: number[] = [];
  const replacements: number[] = [];
  for (const decoded of [
    ...chunksOf(input, size).map((chunk) => decoder.decode(chunk)),
    decoder.end(),
  ]) {
    for (const each of decoded.invalid) {
      offsets.push(each.byteOffset);
      replacements.push(text.length + each.index);
    }
    text += decoded.text;
  }
  // Every reported sequence stands as one U+FFFD in the text.
  expect(replacements.map((index) => text[index])).toEqual(offsets.map(() => '\uFFFD'));
  return { text, offsets };
}

describe('detectEncoding', () => {
  it('recognises each byte order mark', () => {
    expect(detectEncoding(bytes(0xef, 0xbb, 0xbf, 0x7b))).toEqual({
      encoding: 'utf-8',
      bom: 3,
      confidence: 'confident',
    });
    expect(detectEncoding(bytes(0xff, 0xfe, 0x7b, 0))).toEqual({
      encoding: 'utf-16le',
      bom: 2,
      confidence: 'confident',
    });
    expect(detectEncoding(bytes(0xfe, 0xff, 0, 0x7b))).toEqual({
      encoding: 'utf-16be',
      bom: 2,
      confidence: 'confident',
    });
  });

  it('takes BOM-less UTF-8, even when the head ends in the middle of a character', () => {
    const text = utf8('{"draft":"中文 👍🏽"}');
    for (let cut = 0; cut <= text.length; cut += 1) {
      expect(detectEncoding(text.subarray(0, cut))).toEqual({
        encoding: 'utf-8',
        bom: 0,
        confidence: 'confident',
      });
    }
  });

  it('takes Big5 when the bytes are not UTF-8 but are Big5', () => {
    const head = concat(utf8('id,text\n1,'), BIG5_CHINESE_TEXT, utf8('\n2,'), BIG5_DATA);
    expect(detectEncoding(head)).toEqual({
      encoding: 'big5',
      bom: 0,
      confidence: 'likely',
      alternative: 'windows-1252',
    });
  });

  it('refuses bytes that are neither UTF-8 nor Big5', () => {
    // A4 cannot start a UTF-8 character, and in Big5 a space cannot follow the lead byte A4.
    expect(detectEncoding(bytes(0x61, 0xa4, 0x20, 0x62))).toEqual({
      encoding: null,
      reason: 'unknown encoding',
    });
    expect(detectEncoding(concat(BIG5_DATA, bytes(0xa4, 0x0a)))).toMatchObject({ encoding: null });
  });

  it('refuses NUL bytes (binary, or UTF-16 without its BOM)', () => {
    const result = detectEncoding(utf16('{"a":1}', 'le').subarray(2));
    expect(result.encoding).toBeNull();
  });
});

describe('createChunkDecoder', () => {
  it('decodes UTF-8 in every chunk size, dropping only the leading BOM', () => {
    const text = 'id,text\r\n1,"中文\u200b\u202e 👍🏽"\r\n2,\ufeffmid\r\n';
    const input = concat(bytes(0xef, 0xbb, 0xbf), utf8(text));
    for (const size of CHUNK_SIZES) {
      expect(decodeBytes(input, size)).toBe(text);
    }
  });

  it('decodes UTF-16 LE and BE with a BOM in every chunk size', () => {
    const text = '{"draft":"中文 👍🏽 \ufeff"}\r\n';
    for (const order of ['le', 'be'] as const) {
      for (const size of CHUNK_SIZES) {
        expect(decodeBytes(utf16(text, order), size)).toBe(text);
      }
    }
  });

  it('decodes Big5 in every chunk size', () => {
    const input = concat(utf8('a,'), BIG5_CHINESE_TEXT, utf8('\r\n'), BIG5_DATA);
    for (const size of CHUNK_SIZES) {
      expect(decodeBytes(input, size)).toBe('a,中文\r\n資料');
    }
  });

  it('reports invalid UTF-8 with the byte offset where the bad sequence starts, and goes on', () => {
    // "ab" (2 bytes), 中 (3 bytes), then C3 followed by an ASCII byte instead of a continuation.
    const input = concat(utf8('ab中'), bytes(0xc3, 0x41), utf8('more'));
    for (const size of CHUNK_SIZES) {
      expect(decodeAll('utf-8', 0, input, size)).toEqual({ text: 'ab中\uFFFDAmore', offsets: [5] });
    }
  });

  it('reports every bad sequence of a file, each once, and keeps a real U+FFFD as text', () => {
    const input = concat(
      utf8('{"a":"x'),
      bytes(0xff, 0xfe),
      utf8('y \uFFFD"}\n'),
      bytes(0xf0, 0x9f, 0x91), // 👍 without its last byte, before ASCII
      utf8('z'),
    );
    for (const size of CHUNK_SIZES) {
      expect(decodeAll('utf-8', 0, input, size)).toEqual({
        text: '{"a":"x\uFFFD\uFFFDy \uFFFD"}\n\uFFFDz',
        offsets: [7, 8, 17],
      });
    }
  });

  it('counts the BOM in the offset of an invalid byte', () => {
    const input = concat(bytes(0xef, 0xbb, 0xbf), utf8('x'), bytes(0xff));
    for (const size of CHUNK_SIZES) {
      expect(decodeAll('utf-8', 3, input, size).offsets).toEqual([4]);
    }
  });

  it('reports a character cut off at the end of the file', () => {
    const input = concat(utf8('ok 中'), bytes(0xe4, 0xb8));
    for (const size of CHUNK_SIZES) {
      expect(decodeAll('utf-8', 0, input, size)).toEqual({ text: 'ok 中\uFFFD', offsets: [6] });
    }
    expect(invalidSequenceReason('utf-8', 6)).toBe('invalid utf-8 byte sequence at byte 6');
  });

  it('reports a lone surrogate in UTF-16', () => {
    const input = concat(bytes(0xff, 0xfe, 0x61, 0), bytes(0x00, 0xdc, 0x62, 0));
    for (const size of CHUNK_SIZES) {
      expect(decodeAll('utf-16le', 2, input, size)).toEqual({ text: 'a\uFFFDb', offsets: [4] });
    }
  });

  it('reports an invalid Big5 sequence, reading the ASCII byte after it again', () => {
    // A line feed where the second byte of 中 (A4 A4) should be.
    const input = concat(BIG5_CHINESE_TEXT, bytes(0xa4, 0x0a), BIG5_DATA);
    for (const size of CHUNK_SIZES) {
      expect(decodeAll('big5', 0, input, size)).toEqual({
        text: '中文\uFFFD\n資料',
        offsets: [4],
      });
    }
  });

  it('gives the same text as the WHATWG decoder for any bytes and any chunking', () => {
    const encodings: TextEncodingName[] = ['utf-8', 'utf-16le', 'utf-16be', 'big5'];
    const byte = fc.oneof(
      fc.integer({ min: 0, max: 255 }),
      fc.constantFrom(0x0a, 0x41, 0x80, 0xa4, 0xbf, 0xc3, 0xd8, 0xdc, 0xe4, 0xf0, 0xff),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...encodings),
        fc.array(byte, { maxLength: 40 }),
        fc.integer({ min: 1, max: 9 }),
        (encoding, values, size) => {
          const input = new Uint8Array(values);
          const { text, offsets } = decodeAll(encoding, 0, input, size);
          expect(text).toBe(new TextDecoder(encoding, { ignoreBOM: true }).decode(input));
          // Each offset is where a sequence starts that does not decode.
          for (const offset of offsets) {
            expect(offset).toBeLessThan(input.length);
          }
          expect([...offsets].sort((x, y) => x - y)).toEqual(offsets);
          expect(new Set(offsets).size).toBe(offsets.length);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('detectEncoding with a few invalid sequences', () => {
  it('keeps UTF-8 for a UTF-8 file with a few bad bytes, and refuses one mostly invalid', () => {
    const line = '{"id":"r","output":"一段回覆 a reply"}\n';
    const damaged = concat(utf8(line.repeat(10)), bytes(0xff, 0xfe), utf8(line.repeat(10)));
    expect(detectEncoding(damaged)).toEqual({ encoding: 'utf-8', bom: 0, confidence: 'likely' });
    // Big5 text with a broken pair is neither UTF-8 nor Big5: the reviewer is asked.
    const big5 = concat(...Array.from({ length: 20 }, () => BIG5_CHINESE_TEXT), bytes(0xa4, 0x0a));
    expect(detectEncoding(big5)).toMatchObject({ encoding: null });
  });
});
