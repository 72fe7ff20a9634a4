/**
 * Characters that change how text reads without showing themselves (issue 12, point 3): the
 * bidirectional controls that can make `NT$1,280` read as `NT$0821`, and the zero-width ones
 * that hide inside a word. Every view of untrusted text splits its text with `splitInvisible`
 * and draws each of these as a visible, inert marker instead of the character itself; the
 * stored text is never changed.
 */

/** One character Loupe never emits into the page, with what the reviewer is shown instead. */
export interface InvisibleCharacter {
  /** The character itself (one UTF-16 code unit: all of them are in the BMP). */
  char: string;
  /** `U+202E`. */
  codePoint: string;
  /** The short ASCII abbreviation drawn in its place (`RLO`). */
  abbreviation: string;
  /** The Unicode character name (`RIGHT-TO-LEFT OVERRIDE`). */
  name: string;
}

/** A piece of a split string: plain text, or a single invisible character. */
export type VisibleRun =
  { kind: 'text'; text: string } | { kind: 'invisible'; character: InvisibleCharacter };

const TABLE: readonly (readonly [number, string, string])[] = [
  // Embeddings and overrides: reorder everything up to the next PDF (or the paragraph's end).
  [0x202a, 'LRE', 'LEFT-TO-RIGHT EMBEDDING'],
  [0x202b, 'RLE', 'RIGHT-TO-LEFT EMBEDDING'],
  [0x202c, 'PDF', 'POP DIRECTIONAL FORMATTING'],
  [0x202d, 'LRO', 'LEFT-TO-RIGHT OVERRIDE'],
  [0x202e, 'RLO', 'RIGHT-TO-LEFT OVERRIDE'],
  // Isolates.
  [0x2066, 'LRI', 'LEFT-TO-RIGHT ISOLATE'],
  [0x2067, 'RLI', 'RIGHT-TO-LEFT ISOLATE'],
  [0x2068, 'FSI', 'FIRST STRONG ISOLATE'],
  [0x2069, 'PDI', 'POP DIRECTIONAL ISOLATE'],
  // Marks: move neutral characters (digits' separators, brackets) to the other side.
  [0x200e, 'LRM', 'LEFT-TO-RIGHT MARK'],
  [0x200f, 'RLM', 'RIGHT-TO-LEFT MARK'],
  [0x061c, 'ALM', 'ARABIC LETTER MARK'],
  // Zero-width: split a word or a number where nothing shows.
  [0x200b, 'ZWSP', 'ZERO WIDTH SPACE'],
  [0x200c, 'ZWNJ', 'ZERO WIDTH NON-JOINER'],
  [0x200d, 'ZWJ', 'ZERO WIDTH JOINER'],
  [0x2060, 'WJ', 'WORD JOINER'],
  [0xfeff, 'BOM', 'ZERO WIDTH NO-BREAK SPACE'],
  [0x00ad, 'SHY', 'SOFT HYPHEN'],
];

/** Every invisible character Loupe marks, by the character. */
export const INVISIBLE_CHARACTERS: ReadonlyMap<string, InvisibleCharacter> = new Map(
  TABLE.map(([code, abbreviation, name]) => {
    const char = String.fromCharCode(code);
    const codePoint = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    return [char, { char, codePoint, abbreviation, name }];
  }),
);

/** `\u202e`: a character as it is written inside a regular expression's class. */
function escaped(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Any one of them; built from the table so the two cannot disagree. */
const INVISIBLE_CLASS = `[${[...INVISIBLE_CHARACTERS.keys()].map(escaped).join('')}]`;
const ANY_INVISIBLE = new RegExp(INVISIBLE_CLASS);
const EVERY_INVISIBLE = new RegExp(INVISIBLE_CLASS, 'g');

/**
 * An emoji (with its optional presentation selector or skin tone) directly before a ZWJ, and one
 * directly after: the joiner that makes a family of three emoji one picture shows as that
 * picture, so it hides nothing and is left as it is.
 */
const EMOJI_BEFORE = /\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;

function isEmojiJoiner(text: string, index: number): boolean {
  return (
    text[index] === '\u200d' &&
    EMOJI_BEFORE.test(text.slice(Math.max(0, index - 4), index)) &&
    EMOJI_AFTER.test(text.slice(index + 1, index + 3))
  );
}

/** Whether `text` holds any character `splitInvisible` would mark. */
export function hasInvisible(text: string): boolean {
  return ANY_INVISIBLE.test(text) && splitInvisible(text).some((run) => run.kind === 'invisible');
}

/**
 * Splits `text` into runs of plain text and single invisible characters, in order; joining the
 * runs back (`text`, or `character.char`) gives `text` exactly. Empty text runs are left out.
 */
export function splitInvisible(text: string): VisibleRun[] {
  if (!ANY_INVISIBLE.test(text)) {
    // The common case: most texts have none, and a view calls this on every render.
    return text === '' ? [] : [{ kind: 'text', text }];
  }
  const runs: VisibleRun[] = [];
  let plainFrom = 0;
  for (const found of text.matchAll(EVERY_INVISIBLE)) {
    const character = INVISIBLE_CHARACTERS.get(found[0]);
    if (character === undefined || isEmojiJoiner(text, found.index)) {
      continue;
    }
    if (found.index > plainFrom) {
      runs.push({ kind: 'text', text: text.slice(plainFrom, found.index) });
    }
    runs.push({ kind: 'invisible', character });
    plainFrom = found.index + 1;
  }
  if (plainFrom < text.length) {
    runs.push({ kind: 'text', text: text.slice(plainFrom) });
  }
  return runs;
}

/** The tooltip that names the character: `U+202E RIGHT-TO-LEFT OVERRIDE`. */
export function describeInvisible(character: InvisibleCharacter): string {
  return `${character.codePoint} ${character.name}`;
}

const BY_CODE_POINT = new Map(
  [...INVISIBLE_CHARACTERS.values()].map((character) => [character.codePoint, character]),
);

/** The invisible character named by `U+202E`, or undefined for any other value. */
export function invisibleByCodePoint(codePoint: unknown): InvisibleCharacter | undefined {
  return typeof codePoint === 'string' ? BY_CODE_POINT.get(codePoint) : undefined;
}
