/**
 * The one list of characters that change how text reads without showing themselves (issue 12,
 * point 3), and the split every view of untrusted text draws its markers from.
 */
import { describe, expect, it } from 'vitest';
import {
  describeInvisible,
  hasInvisible,
  INVISIBLE_CHARACTERS,
  invisibleByCodePoint,
  splitInvisible,
  type VisibleRun,
} from '../../../../renderer/components/markdown/invisible-characters';

const EXPECTED: [string, string, string][] = [
  ['\u202A', 'LRE', 'LEFT-TO-RIGHT EMBEDDING'],
  ['\u202B', 'RLE', 'RIGHT-TO-LEFT EMBEDDING'],
  ['\u202C', 'PDF', 'POP DIRECTIONAL FORMATTING'],
  ['\u202D', 'LRO', 'LEFT-TO-RIGHT OVERRIDE'],
  ['\u202E', 'RLO', 'RIGHT-TO-LEFT OVERRIDE'],
  ['\u2066', 'LRI', 'LEFT-TO-RIGHT ISOLATE'],
  ['\u2067', 'RLI', 'RIGHT-TO-LEFT ISOLATE'],
  ['\u2068', 'FSI', 'FIRST STRONG ISOLATE'],
  ['\u2069', 'PDI', 'POP DIRECTIONAL ISOLATE'],
  ['\u200E', 'LRM', 'LEFT-TO-RIGHT MARK'],
  ['\u200F', 'RLM', 'RIGHT-TO-LEFT MARK'],
  ['\u061C', 'ALM', 'ARABIC LETTER MARK'],
  ['\u200B', 'ZWSP', 'ZERO WIDTH SPACE'],
  ['\u200C', 'ZWNJ', 'ZERO WIDTH NON-JOINER'],
  ['\u200D', 'ZWJ', 'ZERO WIDTH JOINER'],
  ['\u2060', 'WJ', 'WORD JOINER'],
  ['\uFEFF', 'BOM', 'ZERO WIDTH NO-BREAK SPACE'],
  ['\u00AD', 'SHY', 'SOFT HYPHEN'],
];

/** The runs as a readable string: text as is, each character as ⟨ABBR⟩. */
function shown(runs: VisibleRun[]): string {
  return runs
    .map((run) => (run.kind === 'text' ? run.text : `⟨${run.character.abbreviation}⟩`))
    .join('');
}

/** The runs joined back into the string they came from. */
function joined(runs: VisibleRun[]): string {
  return runs.map((run) => (run.kind === 'text' ? run.text : run.character.char)).join('');
}

describe('invisible characters', () => {
  it.each(EXPECTED)('finds %j as %s (%s)', (char, abbreviation, name) => {
    const runs = splitInvisible(`a${char}b`);

    expect(runs).toHaveLength(3);
    expect(runs[1]).toEqual({
      kind: 'invisible',
      character: expect.objectContaining({ char, abbreviation, name }) as unknown,
    });
    expect(hasInvisible(`a${char}b`)).toBe(true);
  });

  it('lists exactly the characters of issue 12, with code points and names', () => {
    expect([...INVISIBLE_CHARACTERS.keys()].sort()).toEqual(EXPECTED.map(([c]) => c).sort());
    const rlo = INVISIBLE_CHARACTERS.get('\u202E')!;
    expect(rlo.codePoint).toBe('U+202E');
    expect(describeInvisible(rlo)).toBe('U+202E RIGHT-TO-LEFT OVERRIDE');
    expect(invisibleByCodePoint('U+00AD')?.name).toBe('SOFT HYPHEN');
    expect(invisibleByCodePoint('U+0041')).toBeUndefined();
    expect(invisibleByCodePoint(42)).toBeUndefined();
  });

  it('splits an amount with an override into text, marker, text, and loses nothing', () => {
    const text = 'Total: NT$\u202E0821\u202C.';
    const runs = splitInvisible(text);

    expect(shown(runs)).toBe('Total: NT$⟨RLO⟩0821⟨PDF⟩.');
    expect(joined(runs)).toBe(text);
  });

  it('keeps neighbouring characters apart and leaves out empty text runs', () => {
    expect(shown(splitInvisible('\u2067\u2066x\u2069\u2069'))).toBe('⟨RLI⟩⟨LRI⟩x⟨PDI⟩⟨PDI⟩');
    expect(splitInvisible('\u200B')).toHaveLength(1);
  });

  it('returns plain text as one run, and nothing for an empty string', () => {
    expect(splitInvisible('NT$1,280 — 一千兩百八十元 🙂')).toEqual([
      { kind: 'text', text: 'NT$1,280 — 一千兩百八十元 🙂' },
    ]);
    expect(splitInvisible('')).toEqual([]);
    expect(hasInvisible('plain text')).toBe(false);
  });

  it('does not touch look-alike but visible characters', () => {
    // A no-break space, an ideographic space and a hyphen are visible; RTL letters are text.
    expect(hasInvisible('a\u00A0b\u3000c-d שלום')).toBe(false);
  });

  it('leaves the joiner inside an emoji sequence, which shows as one picture', () => {
    const family = '👨\u200D👩\u200D👧';
    const rainbow = '🏳\uFE0F\u200D🌈';
    const thumbs = '👍🏽\u200D👍';

    expect(splitInvisible(family)).toEqual([{ kind: 'text', text: family }]);
    expect(hasInvisible(rainbow)).toBe(false);
    expect(hasInvisible(thumbs)).toBe(false);
    // Between letters, or at the edge of an emoji, it hides something and is marked.
    expect(shown(splitInvisible('pay\u200Dpal'))).toBe('pay⟨ZWJ⟩pal');
    expect(shown(splitInvisible('👍\u200Dx'))).toBe('👍⟨ZWJ⟩x');
  });

  it('finds every character in a long text, with the same result on a second call', () => {
    const text = 'ab\u200B'.repeat(1000);

    expect(splitInvisible(text)).toHaveLength(2000);
    expect(splitInvisible(text)).toHaveLength(2000);
    expect(joined(splitInvisible(text))).toBe(text);
  });
});
