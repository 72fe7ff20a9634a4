/**
 * Grounding hints: which parts of a draft occur in its sources (links) and which sentences hold
 * a number, date or name that no source contains (unsupported sentences).
 *
 * A hint never claims more than the text match shows: every link's draft text and each of its
 * source matches have the same normal form (groundingKey), a number with a different unit is
 * linked by its numeral only, a date whose year a source lacks by its month and day only, and a
 * sentence is flagged only for a value that occurs in no source at all.
 */
import { extractMentions } from './extract';
import { foldText } from './fold';
import type { Mention } from './mention';
import { phraseLinks } from './phrase-links';
import { findSequences, indexSources, type SourceIndex } from './source-index';
import { segmentSentences } from './segment';
import { tokenize, type Tokens, Vocabulary } from './tokens';
import type {
  GroundingLink,
  GroundingOptions,
  GroundingResult,
  GroundingSource,
  Span,
  UnsupportedSentence,
} from './types';

/** Links a number or date to its sources; undefined link and `supported: false` if nowhere. */
function groundValue(mention: Mention, index: SourceIndex, limit: number) {
  const { kind } = mention;
  const hasCore = mention.coreStart !== mention.start || mention.coreEnd !== mention.end;
  const exact = hasCore ? (index.exact.get(mention.key) ?? []) : [];
  if (exact.length > 0) {
    const link = {
      draftStart: mention.start,
      draftEnd: mention.end,
      kind,
      matches: exact.slice(0, limit),
    };
    return { link, supported: true };
  }
  // Years that differ never match; a year on one side only does, by month and day alone.
  const core = (index.core.get(mention.coreKey) ?? [])
    .filter(
      (entry) =>
        mention.year === undefined || entry.year === undefined || entry.year === mention.year,
    )
    .map((entry) => entry.match);
  if (core.length > 0) {
    const link = {
      draftStart: mention.coreStart,
      draftEnd: mention.coreEnd,
      kind,
      matches: core.slice(0, limit),
    };
    return { link, supported: true };
  }
  // A value that appears only as a digit group of an identifier is present, just not linkable.
  const value = /^n:([^|]*)\|/.exec(mention.key)?.[1];
  return { link: undefined, supported: value !== undefined && index.identifierDigits.has(value) };
}

/**
 * The ids of the draft tokens that make up [start, end), for a name lookup; empty when token
 * and name boundaries disagree ("280NT" inside the token "1,280nt"), as a name found by tokens
 * must cover exactly the name.
 */
function idsWithin(tokens: Tokens, start: number, end: number): number[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens.starts[mid] ?? 0) < start) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  const ids: number[] = [];
  let t = lo;
  for (; t < tokens.length && (tokens.ends[t] ?? 0) <= end; t += 1) {
    ids.push(tokens.ids[t] ?? 0);
  }
  const aligned = tokens.starts[lo] === start && t > lo && tokens.ends[t - 1] === end;
  return aligned ? ids : [];
}

/** Groups unsupported facts by the sentence that holds them (both lists sorted by offset). */
function groupBySentence(draft: string, sentences: readonly Span[], facts: readonly Mention[]) {
  const out: UnsupportedSentence[] = [];
  let s = 0;
  for (const fact of facts) {
    while (s < sentences.length && (sentences[s]?.end ?? 0) <= fact.start) {
      s += 1;
    }
    const found = sentences[s];
    // Sentences cover all content, so the fallback to the fact's own span is defensive only.
    const sentence = found && found.start <= fact.start ? found : fact;
    const reason = {
      kind: fact.kind,
      text: draft.slice(fact.start, fact.end),
      start: fact.start,
      end: fact.end,
    };
    const last = out[out.length - 1];
    if (last && last.start === sentence.start) {
      last.reasons.push(reason);
      last.end = Math.max(last.end, fact.end);
    } else {
      out.push({ start: sentence.start, end: Math.max(sentence.end, fact.end), reasons: [reason] });
    }
  }
  return out;
}

/**
 * Finds grounding hints for `draft` against `sources` (the prompt, context items, messages).
 * Pure and synchronous; the sources are indexed on every call.
 */
export function findGroundingHints(
  draft: string,
  sources: readonly GroundingSource[],
  options: GroundingOptions = {},
): GroundingResult {
  const opts: Required<GroundingOptions> = {
    minWordNgram: Math.max(1, Math.floor(options.minWordNgram ?? 4)),
    minCjkNgram: Math.max(1, Math.floor(options.minCjkNgram ?? 6)),
    maxMatchesPerLink: Math.max(1, Math.floor(options.maxMatchesPerLink ?? 16)),
  };
  const vocab = new Vocabulary();
  const index = indexSources(sources, vocab);
  const folded = foldText(draft);
  const tokens = tokenize(folded, vocab);
  const sentences = segmentSentences(draft);
  const mentions = extractMentions(folded, sentences);
  const names = mentions.filter((m) => m.kind === 'name');
  // Ids first seen in the draft occur in no source, so such names simply find no match.
  const nameIds = names.map((m) => idsWithin(tokens, m.start, m.end));
  const nameMatches = findSequences(index, nameIds, opts.maxMatchesPerLink);
  const links: GroundingLink[] = [];
  const unsupported: Mention[] = [];
  const taken = new Uint8Array(draft.length);
  let nameIndex = 0; // names are in mention order, so their lookups are consumed in order
  for (const mention of mentions) {
    const matches = mention.kind === 'name' ? (nameMatches[nameIndex++] ?? []) : [];
    const grounded =
      mention.kind === 'name'
        ? {
            link: { draftStart: mention.start, draftEnd: mention.end, kind: mention.kind, matches },
            // Unlinkable but present as text (inside a longer word, say): not "not found".
            supported:
              matches.length > 0 ||
              index.lowerText.includes(folded.slice(mention.start, mention.end).toLowerCase()),
          }
        : groundValue(mention, index, opts.maxMatchesPerLink);
    if (grounded.link && grounded.link.matches.length > 0) {
      links.push(grounded.link);
      taken.fill(1, grounded.link.draftStart, grounded.link.draftEnd);
    } else if (!grounded.supported) {
      unsupported.push(mention);
    }
  }
  links.push(...phraseLinks(tokens, index, taken, opts));
  links.sort((a, b) => a.draftStart - b.draftStart);
  return { links, unsupportedSentences: groupBySentence(draft, sentences, unsupported) };
}
