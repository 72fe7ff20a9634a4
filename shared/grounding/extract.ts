/**
 * Fact extraction: every extractor runs over the folded text in a fixed order, most specific
 * first, and takes only text no earlier extractor took (a date's digits are not also numbers).
 */
import { findDates, findTimes, dateKey } from './dates';
import { foldText } from './fold';
import { Claims, type Mention } from './mention';
import { findNames, findIdentifiers } from './names';
import { findCodes, findNumbers } from './numbers';
import { tokenKeys } from './tokens';
import type { GroundingKind, Span } from './types';

/** Ordered-list markers ("1. ", "2) ") at line starts are markup, not numbers. */
const LIST_NUMBER = /^[ \t]*(?:>[ \t]*)*\d{1,3}[.)](?=[ \t])/gmu;

/**
 * Extracts numbers, dates and (when `sentences` is given) names from folded text, sorted by
 * start. Sources are read without names: names are looked up in sources as token sequences.
 */
export function extractMentions(folded: string, sentences?: readonly Span[]): Mention[] {
  const claims = new Claims(folded.length);
  for (const m of folded.matchAll(LIST_NUMBER)) {
    claims.take(m.index, m.index + m[0].length);
  }
  const out: Mention[] = [];
  findDates(folded, claims, out);
  findTimes(folded, claims, out);
  findIdentifiers(folded, claims, out);
  findCodes(folded, claims, out);
  findNumbers(folded, claims, out);
  if (sentences) {
    findNames(folded, claims, out, sentences);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The normal form a linked span is compared in, computed from the span's text alone: for
 * 'number' and 'date' the fact key ('n:1280|TWD', 'd:11-28'), for 'name' and 'phrase' the
 * token keys joined by spaces. A link's draft slice and every match's source slice have the
 * same key. Undefined when the text is not a single fact of that kind.
 */
export function groundingKey(kind: GroundingKind, text: string): string | undefined {
  if (kind === 'name' || kind === 'phrase') {
    const keys = tokenKeys(text);
    return keys.length > 0 ? keys.join(' ') : undefined;
  }
  const folded = foldText(text.trim());
  // A month-day cut out of an ISO date ("11-28" of "2026-11-28") is a date only in that role.
  const monthDay = /^(\d{1,2})-(\d{1,2})$/.exec(folded);
  if (kind === 'date' && monthDay) {
    return dateKey(undefined, monthDay[1] ?? '', monthDay[2] ?? '');
  }
  const mentions = extractMentions(folded);
  const only = mentions[0];
  if (mentions.length !== 1 || !only || only.kind !== kind) {
    return undefined;
  }
  return only.start === 0 && only.end === folded.length ? only.key : undefined;
}
