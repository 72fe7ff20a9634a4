/**
 * The byte counts behind error offsets: exact against TextEncoder for UTF-8, two bytes a code
 * unit for UTF-16, and the WHATWG Big5 rules (ASCII one byte, other characters two, including
 * the letter-plus-mark pairs and characters outside the BMP, which Node's own Big5 lacks).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodedByteLength } from '../../../shared/import/decoded-byte-length';

describe('decodedByteLength', () => {
  it('matches TextEncoder for any well-formed text in UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(decodedByteLength('utf-8', text)).toBe(new TextEncoder().encode(text).length);
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('counts two bytes a code unit in UTF-16', () => {
    expect(decodedByteLength('utf-16le', 'a中👍')).toBe(8);
    expect(decodedByteLength('utf-16be', '')).toBe(0);
  });

  it('follows the WHATWG Big5 table', () => {
    expect(decodedByteLength('big5', 'a中文')).toBe(5);
    // Pointer 1133 (bytes 88 62) decodes to U+00CA U+0304; a lone U+00CA is also two bytes.
    expect(decodedByteLength('big5', '\u00ca\u0304\u00ca')).toBe(4);
    // HKSCS characters outside the BMP are one two-byte sequence.
    expect(decodedByteLength('big5', '\u{20000}x')).toBe(3);
  });
});
