/**
 * Turns shared phrase runs into links. Fact links (numbers, dates, names) say more than a
 * phrase, so a phrase is cut around them; a piece left over is kept only if it still says
 * something on its own, and it points at the same token offsets inside each source place.
 */
import { findPhraseSpans } from './phrases';
import { sourceSpan, type SourceIndex } from './source-index';
import { isStopKey, type Tokens } from './tokens';
import type { GroundingLink, GroundingOptions } from './types';

/**
 * Whether tokens [from, to) say something: a whole run needs one content token (not "and it is
 * not"), a piece cut from a run two content words or three content CJK characters ("per
 * instance", not "Seat" or "and at").
 */
function saysEnough(
  tokens: Tokens,
  from: number,
  to: number,
  index: SourceIndex,
  whole: boolean,
): boolean {
  let words = 0;
  let chars = 0;
  for (let t = from; t < to; t += 1) {
    if (!isStopKey(index.vocab.keyOf(tokens.ids[t] ?? 0))) {
      if (tokens.cjk[t] === 1) {
        chars += 1;
      } else {
        words += 1;
      }
    }
  }
  return whole ? words + chars >= 1 : words >= 2 || chars >= 3;
}

/** Phrase links of the draft, none overlapping a draft offset marked in `taken`. */
export function phraseLinks(
  tokens: Tokens,
  index: SourceIndex,
  taken: Uint8Array,
  options: Required<GroundingOptions>,
): GroundingLink[] {
  const opts = {
    minWord: options.minWordNgram,
    minCjk: options.minCjkNgram,
    maxPlaces: options.maxMatchesPerLink,
  };
  const free = (t: number) => {
    for (let c = tokens.starts[t] ?? 0; c < (tokens.ends[t] ?? 0); c += 1) {
      if (taken[c] === 1) {
        return false;
      }
    }
    return true;
  };
  const links: GroundingLink[] = [];
  for (const span of findPhraseSpans(tokens, index.corpus, index.corpusCjk, opts)) {
    let i = span.start;
    while (i < span.end) {
      while (i < span.end && !free(i)) {
        i += 1;
      }
      let j = i;
      while (j < span.end && free(j)) {
        j += 1;
      }
      const whole = i === span.start && j === span.end;
      if (j > i && saysEnough(tokens, i, j, index, whole)) {
        links.push({
          draftStart: tokens.starts[i] ?? 0,
          draftEnd: tokens.ends[j - 1] ?? 0,
          kind: 'phrase',
          matches: span.places.map((at) => sourceSpan(index, at + (i - span.start), j - i)),
        });
      }
      i = j;
    }
  }
  return links;
}
