/**
 * Grapheme clusters (UAX #29, what a reader sees as one character), fast enough for 20 KB texts.
 *
 * Intl.Segmenter is the reference, but V8's segment iterator costs time proportional to the whole
 * string at every step — measured in Node 20: 16 K characters 240 ms, 64 K characters 2.9 s. So:
 * - code units from simple ranges (ASCII, Latin, Greek, Cyrillic, CJK ideographs, kana, Hangul
 *   syllables, CJK and full-width punctuation) never join a neighbour that is also simple, so
 *   between two of them there is always a boundary and no segmenter is needed;
 * - the other stretches (emoji, combining marks, Indic, Thai…) start and end on such certain
 *   boundaries, so they are segmented on their own, in windows of {@link WINDOW} code units.
 * Grapheme rules look only backwards from a boundary, never ahead, so a window's segments are
 * exact except its last one, which the next window starts with again.
 */

/** Splits text into pieces that concatenate back to the text. */
export type Splitter = (text: string) => string[];

const WINDOW = 256;

/**
 * Without Intl.Segmenter (older engines): CRLF, flag pairs, emoji ZWJ sequences, and anything
 * followed by combining marks, variation selectors or emoji modifiers. It does not join Hangul
 * jamo or Indic conjuncts — an approximation that still keeps the common clusters whole. The
 * final `[\s\S]` matches any code point (or lone surrogate), so the matches cover the whole text.
 */
// Alternations rather than character classes: a class holding U+200D reads as one joined
// character to people and to the linter. Variation selectors are marks (\p{M}).
const FALLBACK_GRAPHEME =
  /\r\n|\p{Regional_Indicator}{2}|(?:\p{Extended_Pictographic}(?:(?:\p{M}|\p{Emoji_Modifier})*\u200D\p{Extended_Pictographic})+|[\s\S])(?:\p{M}|\p{Emoji_Modifier}|\u200C|\u200D)*/gu;

/** Grapheme splitting by a regular expression (the no-Intl path; exported for its tests). */
export const fallbackGraphemes: Splitter = (text) => text.match(FALLBACK_GRAPHEME) ?? [];

/**
 * Ranges of code units that are their own grapheme cluster whenever their neighbour is also in
 * one: Grapheme_Cluster_Break "Other" or Control (not CR, Extend, SpacingMark, Prepend, ZWJ,
 * regional indicator, Hangul jamo or Extended_Pictographic). © and ® are pictographic, as are
 * ‼ and ⁁, so they are left out. A test checks every unit of these ranges against Intl.Segmenter.
 */
const SIMPLE_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x00a8], // ASCII and Latin-1 (controls stand alone) — but CR, below, joins an LF
  [0x00aa, 0x00ad],
  [0x00af, 0x02ff], // Latin, up to the combining marks
  [0x0370, 0x0482], // Greek, Cyrillic before its combining marks
  [0x048a, 0x052f],
  [0x2010, 0x2027], // dashes, quotes, bullets, ellipsis
  [0x2030, 0x203b], // per mille, primes, guillemets, reference mark
  [0x203d, 0x2048],
  [0x204a, 0x205e],
  [0x20a0, 0x20c0], // currency signs (€)
  [0x3000, 0x3029], // CJK punctuation before the tone marks
  [0x3041, 0x3096], // hiragana before the combining voicing marks
  [0x30a1, 0x30fa], // katakana
  [0x3400, 0x4dbf], // CJK ideographs, extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xac00, 0xd7a3], // precomposed Hangul syllables
  [0xff01, 0xff5e], // full-width forms
];

/** One byte per UTF-16 code unit: 1 where {@link isSimpleUnit} holds (a 64 KB table, made once). */
const SIMPLE = ((): Uint8Array => {
  const table = new Uint8Array(0x10000);
  for (const [from, to] of SIMPLE_RANGES) {
    table.fill(1, from, to + 1);
  }
  table[0x0d] = 0; // CR joins a following LF
  return table;
})();

/**
 * True for a code unit that is its own grapheme cluster whenever its neighbour is also simple
 * (see {@link SIMPLE_RANGES}). Most text is made only of such units: it needs no segmenter.
 */
export function isSimpleUnit(code: number): boolean {
  return SIMPLE[code] === 1;
}

/** The ranges behind {@link isSimpleUnit}, for the test that checks them unit by unit. */
export const simpleUnitRanges = (): readonly (readonly [number, number])[] => SIMPLE_RANGES;

type Segment = (text: string) => string[];

function intlGraphemeSegmenter(): Segment | undefined {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') {
    return undefined;
  }
  const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
  return (text) => Array.from(segmenter.segment(text), (s) => s.segment);
}

let complexSegmenter: Segment | null | undefined;

/** Intl.Segmenter's grapheme splitting, made once; null where the engine has none. */
function segmenter(): Segment | null {
  complexSegmenter ??= intlGraphemeSegmenter() ?? null;
  return complexSegmenter;
}

/** The text's grapheme clusters: Intl.Segmenter semantics, fallback regex without it. */
export function segmentGraphemes(text: string): string[] {
  const segment = segmenter();
  return segment === null ? fallbackGraphemes(text) : graphemesWith(text, segment);
}

/** The fast path around a segmenter for the complex stretches (exported for tests). */
export function graphemesWith(text: string, segment: Segment): string[] {
  const out: string[] = [];
  walkGraphemes(
    text,
    segment,
    (at) => out.push(text.charAt(at)),
    (stretch) => segmentWindowed(stretch, segment, out),
  );
  return out;
}

/**
 * Visits the text's clusters in order: `simple(at)` for a code unit that is a cluster on its own
 * (most text: nothing is allocated for it), `complex(stretch)` for a stretch to segment.
 */
function walkGraphemes(
  text: string,
  segment: Segment,
  simple: (at: number) => void,
  complex: (stretch: string) => void,
): void {
  const n = text.length;
  let i = 0; // always a grapheme boundary
  while (i < n) {
    if (isSimpleUnit(text.charCodeAt(i)) && (i + 1 === n || isSimpleUnit(text.charCodeAt(i + 1)))) {
      simple(i);
      i += 1;
      continue;
    }
    // A complex stretch ends at the first certain boundary: between two simple units.
    let j = i + 1;
    while (j < n && !(isSimpleUnit(text.charCodeAt(j - 1)) && isSimpleUnit(text.charCodeAt(j)))) {
      j += 1;
    }
    complex(text.slice(i, j));
    i = j;
  }
}

/**
 * Visits the clusters of `text` in the order `segmentGraphemes` lists them, without building
 * the list: `unit(code)` for a cluster of one simple code unit (most text), `cluster(text)` for
 * any other. The edit metrics count letters over whole drafts with it.
 */
export function forEachGrapheme(
  text: string,
  unit: (code: number) => void,
  cluster: (cluster: string) => void,
): void {
  const segment = segmenter();
  if (segment === null) {
    fallbackGraphemes(text).forEach(cluster);
    return;
  }
  walkGraphemes(
    text,
    segment,
    (at) => unit(text.charCodeAt(at)),
    (stretch) => {
      const pieces: string[] = [];
      segmentWindowed(stretch, segment, pieces);
      pieces.forEach(cluster);
    },
  );
}

/**
 * The text's clusters as integer ids for the distance loops, without making a string per
 * cluster: a cluster of one code unit is its code (0…65535), a longer one an id from `longer`
 * (65536 and up, shared between the texts compared, so equal clusters get equal ids).
 */
export function graphemeIds(text: string, longer: Map<string, number>): Int32Array {
  const ids = new Int32Array(text.length); // never more clusters than code units
  let count = 0;
  // Most drafts are simple units only: their ids are their codes, no walk or callback needed.
  while (count < text.length && SIMPLE[text.charCodeAt(count)] === 1) {
    ids[count] = text.charCodeAt(count);
    count += 1;
  }
  if (count === text.length) {
    return ids;
  }
  count = 0;
  forEachGrapheme(
    text,
    (code) => {
      ids[count++] = code;
    },
    (cluster) => {
      if (cluster.length === 1) {
        ids[count++] = cluster.charCodeAt(0);
        return;
      }
      let id = longer.get(cluster);
      if (id === undefined) {
        id = 0x10000 + longer.size;
        longer.set(cluster, id);
      }
      ids[count++] = id;
    },
  );
  return ids.subarray(0, count);
}

/** How many clusters `text` has: its length when it is simple units only (most text). */
export function countGraphemes(text: string): number {
  let at = 0;
  while (at < text.length && SIMPLE[text.charCodeAt(at)] === 1) {
    at += 1;
  }
  if (at === text.length) {
    return at;
  }
  let count = 0;
  forEachGrapheme(
    text,
    () => (count += 1),
    () => (count += 1),
  );
  return count;
}

/**
 * True when a cluster boundary at code unit `at` of `text` is certain from its two neighbours
 * alone (or `at` is an end): the text on either side then splits into clusters as it would alone.
 */
export function isCertainBoundary(text: string, at: number): boolean {
  return (
    at <= 0 ||
    at >= text.length ||
    (isSimpleUnit(text.charCodeAt(at - 1)) && isSimpleUnit(text.charCodeAt(at)))
  );
}

function segmentWindowed(text: string, segment: Segment, out: string[]): void {
  let start = 0;
  let window = WINDOW;
  while (start < text.length) {
    const end = Math.min(text.length, start + window);
    const pieces = segment(text.slice(start, end));
    if (end === text.length) {
      out.push(...pieces);
      return;
    }
    // The last piece may be a cluster cut by the window edge: leave it for the next window.
    const last = pieces.pop() ?? '';
    if (pieces.length === 0) {
      window *= 2; // one cluster longer than the window (e.g. "Zalgo" text): widen and retry
      continue;
    }
    out.push(...pieces);
    start = end - last.length;
    window = WINDOW;
  }
}
