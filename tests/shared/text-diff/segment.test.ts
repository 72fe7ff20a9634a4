import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fallbackGraphemes,
  graphemesWith,
  isSimpleUnit,
  simpleUnitRanges,
  segmentGraphemes,
} from '../../../shared/text-diff/graphemes';
import {
  segmentForDiff,
  splitWordsForDiff,
  tokensFromGraphemes,
} from '../../../shared/text-diff/segment';
import { boundaries, intlGraphemes } from './support/oracles';

const FAMILY = '👨‍👩‍👧‍👦';
const TECHNOLOGIST = '👩🏽‍💻';
const FLAG = '🇹🇼';
const KEYCAP = '1️⃣';
const E_ACUTE = 'e\u0301'; // e + combining acute accent
const HANGUL_JAMO = '\u1100\u1161\u11a8'; // 각 as conjoining jamo

/** Unicode strings with many clusters: combining marks, ZWJ emoji, jamo, CRLF. */
const clustered = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc.constantFrom(FAMILY, TECHNOLOGIST, FLAG, KEYCAP, E_ACUTE, HANGUL_JAMO, '\r\n', ' ', '中'),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('segmentForDiff', () => {
  it('splits English into words and the separators between them', () => {
    expect(segmentForDiff('Revenue rose to 1,280 units, don’t panic.')).toEqual([
      'Revenue',
      ' ',
      'rose',
      ' ',
      'to',
      ' ',
      '1,280',
      ' ',
      'units',
      ',',
      ' ',
      'don’t',
      ' ',
      'panic',
      '.',
    ]);
  });

  it('splits CJK per character and keeps English words whole in mixed text', () => {
    expect(segmentForDiff('「退款將於 14 天內」')).toEqual([
      '「',
      '退',
      '款',
      '將',
      '於',
      ' ',
      '14',
      ' ',
      '天',
      '內',
      '」',
    ]);
    expect(segmentForDiff('請用Loupe審稿')).toEqual(['請', '用', 'Loupe', '審', '稿']);
    expect(segmentForDiff('ひらがなカタカナ한국어')).toHaveLength(11);
  });

  it('never splits emoji sequences, flags, keycaps or combining marks', () => {
    const text = `${FAMILY}${TECHNOLOGIST} ${FLAG}${KEYCAP} caf${E_ACUTE} ${HANGUL_JAMO}`;
    expect(segmentForDiff(text)).toEqual([
      FAMILY,
      TECHNOLOGIST,
      ' ',
      FLAG,
      KEYCAP,
      ' ',
      `caf${E_ACUTE}`,
      ' ',
      HANGUL_JAMO,
    ]);
  });

  it('keeps CRLF as one token and handles the empty string', () => {
    expect(segmentForDiff('a\r\nb\n')).toEqual(['a', '\r\n', 'b', '\n']);
    expect(segmentForDiff('')).toEqual([]);
  });

  it('reconstructs any text and only cuts between grapheme clusters', () => {
    fc.assert(
      fc.property(clustered, (text) => {
        const tokens = segmentForDiff(text);
        expect(tokens.join('')).toBe(text);
        expect(tokens.every((token) => token !== '')).toBe(true);
        const allowed = boundaries(intlGraphemes(text));
        for (const cut of boundaries(tokens)) {
          expect(allowed.has(cut)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('stays on cluster boundaries even when the word splitter is odd', () => {
    // The regex cuts between a letter and a following ZWJ; the cluster "a + ZWJ" must not be.
    expect(splitWordsForDiff('a\u200db')).toEqual(['a', '\u200d', 'b']);
    expect(tokensFromGraphemes(['a\u200d', 'b'])).toEqual(['a\u200d', 'b']);
    expect(tokensFromGraphemes(['x', '\u0301y'])).toEqual(['x\u0301y']);
  });
});

describe('segmentGraphemes', () => {
  it('matches Intl.Segmenter on the whole string', () => {
    fc.assert(
      fc.property(clustered, (text) => {
        expect(segmentGraphemes(text)).toEqual(intlGraphemes(text));
      }),
      { numRuns: 500 },
    );
  });

  it('matches Intl.Segmenter across window edges of long complex stretches', () => {
    const long = [
      TECHNOLOGIST.repeat(150),
      `${E_ACUTE}\u0302`.repeat(200),
      `a${'\u0301'.repeat(700)}b`, // one cluster longer than a window
      'สวัสดีครับ'.repeat(60),
      FLAG.repeat(101) + '\u{1F1F9}',
    ];
    for (const text of long) {
      expect(segmentGraphemes(text)).toEqual(intlGraphemes(text));
    }
  });

  it('treats only standalone code units as simple', () => {
    for (const code of [0x0d, 0xa9, 0xae, 0x0301, 0x200d, 0xfe0f, 0x1100, 0x3099, 0xd83d, 0x203c]) {
      expect(isSimpleUnit(code)).toBe(false);
    }
    for (const code of [
      0x41, 0x0a, 0x09, 0xe9, 0x4e2d, 0xac00, 0x3002, 0xff0c, 0x2013, 0x201c, 0x20ac,
    ]) {
      expect(isSimpleUnit(code)).toBe(true);
    }
  });

  it('never joins two simple units: every unit of the simple ranges checked against Intl.Segmenter', () => {
    const intl = new Intl.Segmenter('en', { granularity: 'grapheme' });
    const count = (text: string) => Array.from(intl.segment(text)).length;
    let checked = 0;
    for (const [from, to] of simpleUnitRanges()) {
      for (let code = from; code <= to; code += 1) {
        if (!isSimpleUnit(code)) {
          continue; // CR
        }
        const unit = String.fromCharCode(code);
        // Beside an ASCII letter, a line feed and itself: "Other", Control and LF neighbours.
        expect([count(`a${unit}`), count(`${unit}a`), count(`${unit}${unit}`)]).toEqual([2, 2, 2]);
        expect([count(`\n${unit}`), count(`${unit}\n`)]).toEqual([2, 2]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(30_000);
  });

  it('without Intl.Segmenter, still reconstructs and keeps common clusters', () => {
    fc.assert(
      fc.property(clustered, (text) => {
        expect(fallbackGraphemes(text).join('')).toBe(text);
        expect(graphemesWith(text, fallbackGraphemes).join('')).toBe(text);
      }),
    );
    expect(fallbackGraphemes(`x${FAMILY}${TECHNOLOGIST}${FLAG}${KEYCAP}${E_ACUTE}\r\n`)).toEqual([
      'x',
      FAMILY,
      TECHNOLOGIST,
      FLAG,
      KEYCAP,
      E_ACUTE,
      '\r\n',
    ]);
  });

  it('fails its property for a splitter that cuts clusters (the property can fail)', () => {
    const codePoints = (text: string): string[] => Array.from(text);
    const result = fc.check(
      fc.property(clustered, (text) => {
        expect(graphemesWith(text, codePoints)).toEqual(intlGraphemes(text));
      }),
      { seed: 20261128, numRuns: 1000 },
    );
    expect(result.failed).toBe(true);
  });
});
