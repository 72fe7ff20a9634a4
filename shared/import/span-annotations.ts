/**
 * Span annotations that come with an imported file (issue 12, point 6): benchmark data marks
 * parts of a draft with offsets and a label (an entity, a claim, an error), in UTF-16 code units
 * (JavaScript), Unicode code points (Python) or UTF-8 bytes (Rust, many tokenisers). The import
 * mapping names the field holding them and the unit; each span is converted to UTF-16 offsets and
 * checked against the draft text: a span out of range, cutting a character, or whose slice is not
 * the text it quotes, is reported (row, field, reason) and left out, never drawn in the wrong
 * place. The row itself is imported: its draft is fine, only that annotation is not.
 *
 * The spans are kept with the draft in its metadata under SPANS_KEY (no schema change), and read
 * back with `readStoredSpans`, which checks them again: metadata is untrusted, a file may carry
 * that key itself.
 */

export const SPAN_UNITS = ['utf-16', 'code-points', 'utf-8'] as const;
export type SpanUnit = (typeof SPAN_UNITS)[number];

/** Where a draft's checked spans are kept in its metadata. */
export const SPANS_KEY = 'loupe:spans';

/** One span, offsets in UTF-16 code units into the draft, `end` exclusive. */
export interface DraftSpan {
  start: number;
  end: number;
  label: string;
}

/** A span left out, with the reason the report gives (problem-reason.ts translates it). */
export interface SpanProblem {
  reason: string;
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isOffset = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** `{start, end, label, text?}` (also `type`/`tag` for the label, `quote` for the text), or `[start, end, label]`. */
function spanShape(
  value: unknown,
): { start: number; end: number; label: string; quote?: string } | null {
  if (Array.isArray(value)) {
    const [start, end, label] = value as unknown[];
    return isOffset(start) && isOffset(end) && start <= end
      ? { start, end, label: isText(label) ? label : '' }
      : null;
  }
  if (typeof value !== 'object' || value === null) {
    return null;
  }
  const item = value as Record<string, unknown>;
  const { start, end } = item;
  if (!isOffset(start) || !isOffset(end) || start > end) {
    return null;
  }
  const label = [item.label, item.type, item.tag].find(isText) ?? '';
  const quote = [item.text, item.quote].find(isText);
  return quote === undefined ? { start, end, label } : { start, end, label, quote };
}

/**
 * For each offset in `unit` from 0 to the text's length in that unit, the UTF-16 offset, or -1
 * where the offset falls inside a character (a byte in the middle of a UTF-8 sequence).
 */
function offsetTable(text: string, unit: Exclude<SpanUnit, 'utf-16'>): Int32Array {
  const positions: number[] = [0];
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i) ?? 0;
    const units = code > 0xffff ? 2 : 1;
    if (unit === 'utf-8') {
      // A lone surrogate is written as U+FFFD (three bytes), as TextEncoder does.
      const bytes = code < 0x80 ? 1 : code < 0x800 ? 2 : code > 0xffff ? 4 : 3;
      for (let inside = 1; inside < bytes; inside += 1) {
        positions.push(-1);
      }
    }
    i += units;
    positions.push(i);
  }
  return Int32Array.from(positions);
}

/** Converts and checks `value` (the mapped spans field) against `text`. */
export function checkSpans(
  value: unknown,
  text: string,
  unit: SpanUnit,
): { spans: DraftSpan[]; problems: SpanProblem[] } {
  if (!Array.isArray(value)) {
    return { spans: [], problems: [{ reason: 'spans must be a list of {start, end, label}' }] };
  }
  const table = unit === 'utf-16' ? null : offsetTable(text, unit);
  const toUtf16 = (offset: number) =>
    table === null ? (offset <= text.length ? offset : undefined) : table[offset];
  const spans: DraftSpan[] = [];
  const problems: SpanProblem[] = [];
  value.forEach((item: unknown, index) => {
    const n = index + 1;
    const shape = spanShape(item);
    if (shape === null) {
      problems.push({ reason: `span ${n}: not {start, end, label}` });
      return;
    }
    const start = toUtf16(shape.start);
    const end = toUtf16(shape.end);
    if (start === undefined || end === undefined) {
      problems.push({ reason: `span ${n}: offsets out of range` });
      return;
    }
    if (start < 0 || end < 0) {
      problems.push({ reason: `span ${n}: offsets inside a character` });
      return;
    }
    if (shape.quote !== undefined && text.slice(start, end) !== shape.quote) {
      problems.push({ reason: `span ${n}: the text at its offsets is not the text it quotes` });
      return;
    }
    spans.push({ start, end, label: shape.label });
  });
  return { spans, problems };
}

/**
 * The spans kept in a draft's metadata that fit its text (UTF-16 offsets in range, on character
 * boundaries), in order of start; anything else there is ignored.
 */
export function readStoredSpans(metadata: Record<string, unknown>, text: string): DraftSpan[] {
  const stored = metadata[SPANS_KEY];
  if (!Array.isArray(stored)) {
    return [];
  }
  const isLowSurrogate = (at: number) => {
    const code = text.charCodeAt(at);
    return code >= 0xdc00 && code <= 0xdfff;
  };
  const spans: DraftSpan[] = [];
  for (const item of stored as unknown[]) {
    const shape = spanShape(item);
    if (
      shape !== null &&
      shape.end <= text.length &&
      !isLowSurrogate(shape.start) &&
      !isLowSurrogate(shape.end)
    ) {
      spans.push({ start: shape.start, end: shape.end, label: shape.label });
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}
