/**
 * Public types of the grounding-hints engine (find-grounding-hints.ts).
 *
 * All offsets are UTF-16 code-unit offsets into the verbatim strings the caller passed in, so
 * `draft.slice(link.draftStart, link.draftEnd)` is exactly the linked draft text and
 * `source.text.slice(match.start, match.end)` exactly the text it was matched to.
 */

/** What a link points at: a fact (number, date, name) or a shared phrase. */
export type GroundingKind = 'number' | 'date' | 'name' | 'phrase';

/** The kinds whose absence from every source marks a sentence "not found in source". */
export type FactKind = Exclude<GroundingKind, 'phrase'>;

/** One text the draft was written from. Callers use ids like 'prompt', 'context:0', 'message:2'. */
export interface GroundingSource {
  readonly sourceId: string;
  readonly text: string;
}

/** A place in one source whose text matches a linked draft span. */
export interface SourceMatch {
  sourceId: string;
  start: number;
  end: number;
}

/** A draft span that occurs in at least one source. Links never overlap each other. */
export interface GroundingLink {
  draftStart: number;
  draftEnd: number;
  kind: GroundingKind;
  /** Every matching place (capped by `maxMatchesPerLink`), in source order then offset order. */
  matches: SourceMatch[];
}

/** A number, date or name in the draft that occurs in no source. */
export interface UnsupportedReason {
  kind: FactKind;
  /** The verbatim draft text, equal to `draft.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
}

/** A draft sentence holding at least one fact that no source contains. */
export interface UnsupportedSentence {
  start: number;
  end: number;
  reasons: UnsupportedReason[];
}

export interface GroundingResult {
  /** Sorted by `draftStart`, non-overlapping. */
  links: GroundingLink[];
  /** Sorted by `start`. */
  unsupportedSentences: UnsupportedSentence[];
}

export interface GroundingOptions {
  /** Shortest shared run of words (outside CJK text) that counts as a phrase. Default 4. */
  minWordNgram?: number;
  /** Shortest shared run of CJK characters that counts as a phrase. Default 6. */
  minCjkNgram?: number;
  /** Cap on `matches` per link, so a value repeated 1,000 times in a log stays cheap. Default 16. */
  maxMatchesPerLink?: number;
}

/** A half-open range of UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}
