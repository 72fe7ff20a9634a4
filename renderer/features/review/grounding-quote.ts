/**
 * How much of the draft the grounding hints quote (issue 12, point 4): a "sentence" of a draft
 * with no full stops can be a whole line of 20,000 characters, and a draft can hold thousands of
 * unsupported sentences; quoting them whole laid out the draft a second time under it. A hint
 * quotes each unsupported value with a little text either side, and the panel lists a bounded
 * number of sentences and values.
 */

/** Characters of the sentence quoted either side of an unsupported value. */
export const QUOTE_CONTEXT = 80;
/** Unsupported sentences listed; the rest are counted. */
export const MAX_SENTENCES = 30;
/** Unsupported values quoted per sentence; the sentence's quote ends after the last of them. */
export const MAX_REASONS = 8;
/** Longest linked draft text shown on a "found in source" button. */
export const MAX_LINK_TEXT = 120;

/** A stretch of the draft to quote, a value to mark, or an ellipsis where text is left out. */
export interface QuotePiece {
  kind: 'text' | 'value' | 'gap';
  start: number;
  end: number;
}

interface Range {
  start: number;
  end: number;
}

/**
 * The pieces that quote the sentence [start, end) around `reasons` (sorted, inside it): every
 * value whole, up to QUOTE_CONTEXT characters of text before and after each, and a gap where more
 * was left out. Values past MAX_REASONS are left out too.
 */
export function quotePieces(start: number, end: number, reasons: readonly Range[]): QuotePiece[] {
  const shown = reasons.slice(0, MAX_REASONS);
  const pieces: QuotePiece[] = [];
  const gap = (from: number, to: number) => pieces.push({ kind: 'gap', start: from, end: to });
  const whole = (from: number, to: number) => pieces.push({ kind: 'text', start: from, end: to });
  /** Text between two values (both ends kept), before the first (end kept) or after the last. */
  const text = (from: number, to: number, keepStart: boolean, keepEnd: boolean) => {
    const kept = (keepStart ? QUOTE_CONTEXT : 0) + (keepEnd ? QUOTE_CONTEXT : 0);
    if (to <= from) {
      return;
    }
    if (to - from <= kept) {
      whole(from, to);
      return;
    }
    if (keepStart) {
      whole(from, from + QUOTE_CONTEXT);
    }
    gap(keepStart ? from + QUOTE_CONTEXT : from, keepEnd ? to - QUOTE_CONTEXT : to);
    if (keepEnd) {
      whole(to - QUOTE_CONTEXT, to);
    }
  };
  let at = start;
  shown.forEach((reason, index) => {
    text(at, reason.start, index > 0, true);
    pieces.push({ kind: 'value', start: reason.start, end: reason.end });
    at = reason.end;
  });
  const last = shown.length < reasons.length ? (reasons[shown.length]?.start ?? end) : end;
  text(at, last, true, false);
  if (last < end && pieces[pieces.length - 1]?.kind !== 'gap') {
    pieces.push({ kind: 'gap', start: last, end });
  }
  return pieces;
}

/** `text` cut to MAX_LINK_TEXT characters, with an ellipsis when it was longer. */
export function clipQuote(text: string): string {
  return text.length > MAX_LINK_TEXT ? `${text.slice(0, MAX_LINK_TEXT)}…` : text;
}
