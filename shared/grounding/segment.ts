/**
 * Sentence segmentation for English, Chinese and mixed markdown. Lines are always units (list
 * items, headings, table rows and signatures are separate claims); inside a line, sentences end
 * at 。！？；, at ! or ? before a space or CJK text, and at "." before a space unless the dot ends
 * an abbreviation (e.g., U.S., Dr.) or the next word is lower-case.
 */
import { foldText } from './fold';
import type { Span } from './types';

/** Markdown line prefixes that are markup, not text: headings, quotes, bullets, numbers, tasks. */
const LINE_MARKUP = /^[ \t]*(?:(?:#{1,6}|>|[-*+]|\d{1,3}[.)])[ \t]+|\[[ xX]\][ \t]+)*/;

const CJK_STOPS = new Set(['。', '！', '？', '；', '｡']);
const CLOSERS = new Set([...')]}"\'*_」』）】》〉']);
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sr jr st vs approx no nos fig inc ltd co corp dept est mt ave rd'.split(' '),
);
const CONTENT = /[\p{L}\p{N}]/u;
const LOWER = /\p{Ll}/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The word ending just before `dot`, lower-cased (letters only). */
function wordBefore(line: string, dot: number): string {
  let start = dot;
  while (start > 0 && /[A-Za-z]/.test(line[start - 1] ?? '')) {
    start -= 1;
  }
  return line.slice(start, dot).toLowerCase();
}

function endsSentence(original: string, folded: string, at: number): boolean {
  const ch = original[at] ?? '';
  if (CJK_STOPS.has(ch)) {
    return true;
  }
  if (ch !== '.' && ch !== '!' && ch !== '?') {
    return false;
  }
  const next = folded[at + 1] ?? '';
  const spaceNext = next === '' || /\s/.test(next);
  if (ch === '!' || ch === '?') {
    return spaceNext || CJK.test(next) || CLOSERS.has(next);
  }
  if (ch !== '.' || !(spaceNext || CLOSERS.has(next))) {
    return false;
  }
  const word = wordBefore(folded, at);
  if (word.length === 1 || ABBREVIATIONS.has(word)) {
    return false;
  }
  // "approx. 3 days" style continuations: a lower-case next word is rarely a new sentence.
  const rest = folded.slice(at + 1, at + 40).trimStart();
  return !LOWER.test(rest.charAt(0));
}

/** Splits text into sentence spans (trimmed, markup prefixes excluded, empty pieces dropped). */
export function segmentSentences(text: string): Span[] {
  const folded = foldText(text);
  const spans: Span[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(folded[start] ?? '')) {
      start += 1;
    }
    while (end > start && /\s/.test(folded[end - 1] ?? '')) {
      end -= 1;
    }
    if (end > start && CONTENT.test(folded.slice(start, end))) {
      spans.push({ start, end });
    }
  };
  let lineStart = 0;
  while (lineStart <= folded.length) {
    let lineEnd = folded.indexOf('\n', lineStart);
    if (lineEnd < 0) {
      lineEnd = folded.length;
    }
    const line = folded.slice(lineStart, lineEnd);
    let start = lineStart + (LINE_MARKUP.exec(line)?.[0].length ?? 0);
    for (let at = start; at < lineEnd; at += 1) {
      if (!endsSentence(text, folded, at)) {
        continue;
      }
      let end = at + 1;
      while (end < lineEnd && (CLOSERS.has(folded[end] ?? '') || CJK_STOPS.has(text[end] ?? ''))) {
        end += 1;
      }
      push(start, end);
      start = end;
      at = end - 1;
    }
    push(start, lineEnd);
    lineStart = lineEnd + 1;
  }
  return spans;
}
