/** EXPORTS.md §2: the same records give the same bytes, in every format. */
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../../../shared/export/loupe-record';
import { createFormatWriter } from '../../../../shared/export/formats';
import type { FormatWriterOptions } from '../../../../shared/export/formats';
import { ALL_RECORDS } from './support/records';
import { runWriter } from './support/run-writer';

const OPTIONS: FormatWriterOptions = {
  labels: [{ id: 'tone' }, { id: 'score', kind: 'rating' }],
  rowGroupSize: 3,
};

describe.each(EXPORT_FORMATS)('%s', (format) => {
  it('writes identical bytes for the same records twice', () => {
    const first = runWriter(createFormatWriter(format, OPTIONS), ALL_RECORDS);
    const second = runWriter(createFormatWriter(format, OPTIONS), ALL_RECORDS);
    expect(first.bytes.length).toBeGreaterThan(0);
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    expect(second.excluded).toEqual(first.excluded);
  });
});

const LINE_FORMATS = EXPORT_FORMATS.filter((format) => format !== 'csv' && format !== 'parquet');

describe.each(LINE_FORMATS)('%s lines', (format) => {
  it('gives a record the same line whatever records come before it', () => {
    const alone = new TextDecoder().decode(
      runWriter(createFormatWriter(format, OPTIONS), [ALL_RECORDS[2]!]).bytes,
    );
    const among = new TextDecoder().decode(
      runWriter(createFormatWriter(format, OPTIONS), ALL_RECORDS).bytes,
    );
    expect(alone).not.toBe('');
    expect(among).toContain(alone);
  });
});
