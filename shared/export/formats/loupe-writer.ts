/**
 * The `loupe` format (EXPORTS.md §2): the whole record, one JSON object per line.
 *
 * Written as `build-record` built it, keys in that order, with two decisions:
 * - `gold` is kept: with `includeAll` the file mixes gold and non-gold records, and the flag is
 *   how a reader tells them apart (always `true` otherwise, which costs 12 bytes a line).
 * - `split` is dropped: the file name (`train.jsonl`, `test.jsonl`) already says it, and a
 *   record's bytes then do not depend on whether the export was split.
 */
import type { FormatWriter } from '../export-writer';
import type { LoupeRecord } from '../loupe-record';
import { exclusionFor } from './exclusion';
import { createJsonlWriter } from './jsonl';

export interface LoupeWriterOptions {
  /** Write non-gold records too (escalated, disputed, pending, skipped), with `gold: false`. */
  includeAll?: boolean;
}

/** The record as written: everything but `split`, in the record's own key order. */
export function loupeLine(record: LoupeRecord): Omit<LoupeRecord, 'split'> {
  const { split: _split, ...line } = record;
  return line;
}

export function createLoupeWriter(options: LoupeWriterOptions = {}): FormatWriter {
  return createJsonlWriter('loupe', (record) =>
    record.gold || options.includeAll === true
      ? { lines: [loupeLine(record)] }
      : { excluded: exclusionFor(record) },
  );
}
