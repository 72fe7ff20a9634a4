/**
 * The `loupe` format: the whole record per line, gold records only unless everything is asked
 * for, `split` left to the file name, imported metadata (span offsets) byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { createLoupeWriter } from '../../../../shared/export/formats';
import { ALL_RECORDS, GOLD_RECORDS, SPANS, approved } from './support/records';
import { loupeLine } from './support/format-schemas';
import { parseJsonLines, runWriter } from './support/run-writer';

const decoder = new TextDecoder();

describe('loupe JSON Lines', () => {
  it('writes every gold record whole, in the order given, and excludes the rest by decision', () => {
    const { bytes, excluded } = runWriter(createLoupeWriter(), ALL_RECORDS);
    const lines = parseJsonLines(bytes);
    expect(lines.map((line) => loupeLine.parse(line).id)).toEqual(GOLD_RECORDS.map((r) => r.id));
    expect(Object.fromEntries(excluded)).toEqual({
      'd05-escalated-wrong': 'escalated',
      'd06-escalated-specialist': 'escalated',
      'd07-pending': 'pending',
      'd08-skipped': 'skipped',
      'd09-disputed': 'disputed',
    });
  });

  it('adds the non-gold records, flagged, when everything is asked for', () => {
    const lines = parseJsonLines(
      runWriter(createLoupeWriter({ includeAll: true }), ALL_RECORDS).bytes,
    ).map((line) => loupeLine.parse(line));
    expect(lines).toHaveLength(ALL_RECORDS.length);
    expect(lines.filter((line) => !line.gold).map((line) => line.decision)).toEqual([
      'escalated',
      'escalated',
      'pending',
      'skipped',
      'disputed',
    ]);
  });

  it("drops `split` (the file name says it) and keeps the record's key order", () => {
    const text = decoder.decode(runWriter(createLoupeWriter(), [approved]).bytes);
    expect(approved.split).toBe('train');
    const { split: _split, ...withoutSplit } = approved;
    expect(text).toBe(`${JSON.stringify(withoutSplit)}\n`);
    expect(Object.keys(JSON.parse(text) as object)).toEqual(Object.keys(withoutSplit));
  });

  it('keeps span offsets in metadata byte for byte', () => {
    const text = decoder.decode(runWriter(createLoupeWriter(), [approved]).bytes);
    expect(text).toContain(`"metadata":{"ticket":"A123","spans":${JSON.stringify(SPANS)}}`);
    expect(text).toContain(
      '"spans":[{"start":3,"end":9,"label":"x"},{"start":0,"end":2,"label":"退款"}]',
    );
  });

  it('writes UTF-8 with plain \\n line ends, emoji and CJK as characters, not escapes', () => {
    const bytes = runWriter(createLoupeWriter(), GOLD_RECORDS).bytes;
    const text = decoder.decode(bytes);
    expect(text).toContain('🙏');
    expect(text).not.toContain('\\u');
    expect(text.split('\n')).toHaveLength(GOLD_RECORDS.length + 1);
  });
});
