/**
 * Everything the engine needs from the sources, computed once per call: token ids of all
 * sources in one array (for phrases and names), fact keys (for numbers and dates) and the
 * numeric values present inside identifiers.
 */
import { extractMentions } from './extract';
import { foldText } from './fold';
import type { Vocabulary } from './tokens';
import { tokenize, type Tokens } from './tokens';
import type { GroundingSource, SourceMatch } from './types';

interface CoreEntry {
  match: SourceMatch;
  year: number | undefined;
}

export interface SourceIndex {
  vocab: Vocabulary;
  sources: { sourceId: string; tokens: Tokens }[];
  /** All sources' token ids, each source followed by -1 so no match runs across two sources. */
  corpus: Int32Array;
  /** 1 where the corpus token is a CJK character. */
  corpusCjk: Uint8Array;
  /** Offset of each source's first token in `corpus`. */
  base: number[];
  /** Full fact key → places ('n:1280|TWD' → every "NT$1,280" and "1280 元"). */
  exact: Map<string, SourceMatch[]>;
  /** Core key → core places ('n:1280|' → every numeral 1280, whatever its unit). */
  core: Map<string, CoreEntry[]>;
  /** Canonical numeric values that occur as digit groups of identifiers ("220" of "NW 220"). */
  identifierDigits: Set<string>;
  /** All folded source texts, lower-cased: a name found here as a substring is never flagged. */
  lowerText: string;
}

function add<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) {
    list.push(value);
  } else {
    map.set(key, [value]);
  }
}

/** Indexes the sources, interning their tokens into `vocab`. */
export function indexSources(sources: readonly GroundingSource[], vocab: Vocabulary): SourceIndex {
  const index: SourceIndex = {
    vocab,
    sources: [],
    corpus: new Int32Array(0),
    corpusCjk: new Uint8Array(0),
    base: [],
    exact: new Map(),
    core: new Map(),
    identifierDigits: new Set(),
    lowerText: '',
  };
  const lower: string[] = [];
  for (const { sourceId, text } of sources) {
    const folded = foldText(text);
    index.sources.push({ sourceId, tokens: tokenize(folded, vocab) });
    lower.push(folded.toLowerCase());
    for (const mention of extractMentions(folded)) {
      mention.digitParts?.forEach((value) => index.identifierDigits.add(value));
      if (mention.kind === 'name') {
        continue;
      }
      add(index.exact, mention.key, { sourceId, start: mention.start, end: mention.end });
      const match = { sourceId, start: mention.coreStart, end: mention.coreEnd };
      add(index.core, mention.coreKey, { match, year: mention.year });
    }
  }
  index.lowerText = lower.join('\u0000');
  const total = index.sources.reduce((sum, source) => sum + source.tokens.length + 1, 0);
  index.corpus = new Int32Array(total);
  index.corpusCjk = new Uint8Array(total);
  let at = 0;
  for (const source of index.sources) {
    index.base.push(at);
    index.corpus.set(source.tokens.ids, at);
    index.corpusCjk.set(source.tokens.cjk, at);
    at += source.tokens.length;
    index.corpus[at] = -1;
    at += 1;
  }
  return index;
}

/** The source text range of `length` tokens starting at corpus position `pos`. */
export function sourceSpan(index: SourceIndex, pos: number, length: number): SourceMatch {
  let lo = 0;
  let hi = index.base.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((index.base[mid] ?? 0) <= pos) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  const source = index.sources[lo];
  const local = pos - (index.base[lo] ?? 0);
  return {
    sourceId: source?.sourceId ?? '',
    start: source?.tokens.starts[local] ?? 0,
    end: source?.tokens.ends[local + length - 1] ?? 0,
  };
}

/**
 * Where each id sequence occurs in the sources (up to `limit` places each). One pass over the
 * corpus collects the positions of every sequence's first token; candidates are then verified.
 */
export function findSequences(
  index: SourceIndex,
  sequences: readonly number[][],
  limit: number,
): SourceMatch[][] {
  const firsts = new Map<number, number[]>();
  const wanted = new Uint8Array(index.vocab.size + 1);
  sequences.forEach((seq) => {
    firsts.set(seq[0] ?? 0, []);
    wanted[seq[0] ?? 0] = 1;
  });
  const { corpus } = index;
  for (let pos = 0; sequences.length > 0 && pos < corpus.length; pos += 1) {
    const id = corpus[pos] ?? -1;
    if (id > 0 && wanted[id] === 1) {
      firsts.get(id)?.push(pos);
    }
  }
  return sequences.map((seq) => {
    const matches: SourceMatch[] = [];
    for (const pos of firsts.get(seq[0] ?? 0) ?? []) {
      if (matches.length >= limit) {
        break;
      }
      if (seq.every((id, k) => corpus[pos + k] === id)) {
        matches.push(sourceSpan(index, pos, seq.length));
      }
    }
    return matches;
  });
}
