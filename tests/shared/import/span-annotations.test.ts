/**
 * Issue 12, point 6: span annotations named in the import mapping, in UTF-16 code units, code
 * points or UTF-8 bytes, are converted to UTF-16 offsets and checked against the draft; a span
 * that does not fit is reported (row, field, reason) and left out, and the row is imported.
 */
import { describe, expect, it } from 'vitest';
import type { DraftInput } from '../../../shared/domain/draft-schema';
import { recordToDraft, runImport } from '../../../shared/import';
import { checkSpans, readStoredSpans, SPANS_KEY } from '../../../shared/import/span-annotations';

// "😀" is 2 UTF-16 units, 1 code point, 4 UTF-8 bytes; "台北" is 2 units, 2 code points, 6 bytes.
const TEXT = 'Hi 😀 台北 is in Taiwan.';
const TAIPEI = { utf16: [6, 8], codePoints: [5, 7], utf8: [8, 14] };

describe('checkSpans', () => {
  it('converts offsets in each unit to the same UTF-16 span', () => {
    const expected = [{ start: 6, end: 8, label: 'LOC' }];
    const [u16s, u16e] = TAIPEI.utf16;
    const [cps, cpe] = TAIPEI.codePoints;
    const [b8s, b8e] = TAIPEI.utf8;
    expect(checkSpans([{ start: u16s, end: u16e, label: 'LOC' }], TEXT, 'utf-16').spans).toEqual(
      expected,
    );
    expect(
      checkSpans([{ start: cps, end: cpe, label: 'LOC', text: '台北' }], TEXT, 'code-points'),
    ).toEqual({ spans: expected, problems: [] });
    expect(checkSpans([[b8s, b8e, 'LOC']], TEXT, 'utf-8')).toEqual({
      spans: expected,
      problems: [],
    });
    expect(TEXT.slice(6, 8)).toBe('台北');
  });

  it('reports a span whose slice is not its quote, out of range, or inside a character', () => {
    const { spans, problems } = checkSpans(
      [
        // Code-point offsets read as UTF-16: one unit early, the quote does not match.
        { start: 5, end: 7, label: 'LOC', text: '台北' },
        { start: 20, end: 99, label: 'X' },
        { start: 'a', end: 2 },
        { start: 4, end: 2, label: 'backwards' },
        { start: 0, end: 2, type: 'GREETING' },
      ],
      TEXT,
      'utf-16',
    );
    expect(problems.map((problem) => problem.reason)).toEqual([
      'span 1: the text at its offsets is not the text it quotes',
      'span 2: offsets out of range',
      'span 3: not {start, end, label}',
      'span 4: not {start, end, label}',
    ]);
    expect(spans).toEqual([{ start: 0, end: 2, label: 'GREETING' }]);
    // A UTF-8 offset in the middle of 台 (bytes 8–10).
    expect(checkSpans([{ start: 9, end: 14, label: 'LOC' }], TEXT, 'utf-8').problems).toEqual([
      { reason: 'span 1: offsets inside a character' },
    ]);
    expect(checkSpans({ start: 0 }, TEXT, 'utf-16').problems).toEqual([
      { reason: 'spans must be a list of {start, end, label}' },
    ]);
  });
});

describe('readStoredSpans', () => {
  it('keeps only stored spans that fit the text, in order', () => {
    const metadata = {
      [SPANS_KEY]: [
        { start: 6, end: 8, label: 'LOC' },
        { start: 0, end: 2, label: 'GREETING' },
        { start: 0, end: 999, label: 'too long' },
        // Inside the surrogate pair of 😀 (units 3–4).
        { start: 4, end: 6, label: 'half an emoji' },
        'junk',
      ],
    };
    expect(readStoredSpans(metadata, TEXT)).toEqual([
      { start: 0, end: 2, label: 'GREETING' },
      { start: 6, end: 8, label: 'LOC' },
    ]);
    expect(readStoredSpans({ [SPANS_KEY]: 'x' }, TEXT)).toEqual([]);
    expect(readStoredSpans({}, TEXT)).toEqual([]);
  });
});

describe('importing a file with spans', () => {
  const record = {
    id: 'q1',
    output: TEXT,
    metadata: {
      source: 'bench',
      entities: [
        { start: 5, end: 7, label: 'LOC', text: '台北' },
        { start: 14, end: 20, label: 'LOC', text: 'Taiwan' },
        { start: 15, end: 40, label: 'LOC' },
      ],
    },
  };
  const mapping = {
    id: 'id',
    draft: 'output',
    spans: 'metadata.entities',
    spansUnit: 'code-points' as const,
  };

  it('keeps the checked spans with the draft, and notes the one that does not fit', () => {
    const outcome = recordToDraft(record, 3, mapping, '2026-12-07T00:00:00.000Z');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) {
      return;
    }
    expect(outcome.draft.metadata).toEqual({
      source: 'bench',
      [SPANS_KEY]: [
        { start: 6, end: 8, label: 'LOC' },
        { start: 15, end: 21, label: 'LOC' },
      ],
    });
    expect(outcome.notes).toEqual([
      { row: 3, field: 'metadata.entities', reason: 'span 3: offsets out of range' },
    ]);
  });

  it('imports the row and puts the span in the report', async () => {
    const written: DraftInput[] = [];
    // eslint-disable-next-line @typescript-eslint/require-await -- one chunk
    async function* file() {
      yield new TextEncoder().encode(`${JSON.stringify(record)}\n`);
    }
    const result = await runImport(file(), {
      format: 'jsonl',
      mapping,
      importedAt: '2026-12-07T00:00:00.000Z',
      batchRows: 10,
      writeBatch: (drafts) => Promise.resolve(void written.push(...drafts)),
    });
    expect(result).toMatchObject({ state: 'done', rowsRead: 1, rowsValid: 1, problemCount: 1 });
    expect(result.problems).toEqual([
      { row: 1, field: 'metadata.entities', reason: 'span 3: offsets out of range' },
    ]);
    expect(written).toHaveLength(1);
    expect(TEXT.slice(15, 21)).toBe('Taiwan');
  });
});
