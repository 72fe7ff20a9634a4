/**
 * Shared phrases by seed-and-extend: every source window of `minWord` words or `minCjk` CJK
 * characters is hashed once into a chained table of typed arrays; each draft window is looked
 * up, verified id by id (hashes may collide) and extended both ways while ids stay equal. The
 * draft is swept left to right and each maximal span is taken once: near-linear overall.
 */
import type { Tokens } from './tokens';

/** A maximal shared run: draft tokens [start, end) equal corpus tokens [at, at + end - start). */
export interface PhraseSpan {
  start: number;
  end: number;
  /** Corpus positions (see SourceIndex.corpus) of every place the run occurs, capped. */
  places: number[];
}

export interface PhraseOptions {
  minWord: number;
  minCjk: number;
  /** Cap on places examined per window, so repeated boilerplate cannot make it quadratic. */
  maxPlaces: number;
}

/** Window length at each position: minCjk for CJK, minWord for words, 0 if the run is short. */
function windows(ids: Int32Array, cjk: Uint8Array, opts: PhraseOptions): Int32Array {
  const sizes = new Int32Array(ids.length);
  let run = 0;
  for (let i = ids.length - 1; i >= 0; i -= 1) {
    const same = i + 1 < ids.length && cjk[i + 1] === cjk[i] && (ids[i + 1] ?? -1) > 0;
    run = (ids[i] ?? -1) <= 0 ? 0 : same ? run + 1 : 1;
    const n = cjk[i] === 1 ? opts.minCjk : opts.minWord;
    sizes[i] = run >= n ? n : 0;
  }
  return sizes;
}

function hash(ids: Int32Array, i: number, n: number): number {
  let h = 0x811c9dc5 | 0;
  for (let k = 0; k < n; k += 1) {
    h = Math.imul(h ^ (ids[i + k] ?? 0), 16777619);
  }
  return h;
}

/** Finds maximal shared phrases between the draft and the corpus of source token ids. */
export function findPhraseSpans(
  draft: Tokens,
  corpus: Int32Array,
  corpusCjk: Uint8Array,
  opts: PhraseOptions,
): PhraseSpan[] {
  const sizes = windows(corpus, corpusCjk, opts);
  let bits = 4;
  while (1 << bits < corpus.length * 2) {
    bits += 1;
  }
  const mask = (1 << bits) - 1;
  const head = new Int32Array(mask + 1).fill(-1);
  const next = new Int32Array(corpus.length);
  const hashes = new Int32Array(corpus.length);
  // Inserted back to front, so every chain lists places in source order.
  for (let j = corpus.length - 1; j >= 0; j -= 1) {
    const n = sizes[j] ?? 0;
    if (n > 0) {
      const h = hash(corpus, j, n);
      hashes[j] = h;
      next[j] = head[h & mask] ?? -1;
      head[h & mask] = j;
    }
  }

  const spans: PhraseSpan[] = [];
  const ids = draft.ids;
  const draftSizes = windows(ids, draft.cjk, opts);
  let floor = 0; // no span may reach back before the end of the previous one
  for (let i = 0; i < ids.length; i += 1) {
    const n = draftSizes[i] ?? 0;
    if (n === 0) {
      continue;
    }
    const h = hash(ids, i, n);
    let best: PhraseSpan | undefined;
    let seen = 0;
    for (let j = head[h & mask] ?? -1; j >= 0 && seen < opts.maxPlaces; j = next[j] ?? -1) {
      if (hashes[j] !== h || sizes[j] !== n) {
        continue;
      }
      let fwd = 0;
      while (i + fwd < ids.length && ids[i + fwd] === corpus[j + fwd]) {
        fwd += 1;
      }
      if (fwd < n) {
        continue; // a hash collision, not a match
      }
      seen += 1;
      let back = 0;
      while (i - back > floor && j - back > 0 && ids[i - back - 1] === corpus[j - back - 1]) {
        back += 1;
      }
      const start = i - back;
      const end = i + fwd;
      if (!best || end - start > best.end - best.start) {
        best = { start, end, places: [j - back] };
      } else if (start === best.start && end === best.end) {
        best.places.push(j - back);
      }
    }
    if (best) {
      spans.push(best);
      floor = best.end;
      i = best.end - 1;
    }
  }
  return spans;
}
