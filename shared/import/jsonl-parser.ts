/**
 * JSON Lines, streamed: every non-blank line must be one JSON object. A bad line is reported on
 * its line number and parsing goes on; a truncated last line is simply invalid JSON on its row. A
 * line holding an invalid byte sequence is reported with each sequence's byte offset.
 */
import { createLineSplitter } from './line-splitter';
import { parseJsonObject } from './parse-json-object';
import type { ProblemHandler, RecordHandler, TextStreamParser } from './types';

/** Receives each object with its row (its 1-based line number). */
export type JsonRecordHandler = RecordHandler<Record<string, unknown>>;

/** Only JSON whitespace makes a line blank; anything else (U+FEFF, U+200B) is content. */
const BLANK_LINE = /^[ \t\r]*$/;

export function createJsonlParser(
  onRecord: JsonRecordHandler,
  onProblem: ProblemHandler,
): TextStreamParser {
  return createLineSplitter((line, row, invalid) => {
    for (const reason of invalid) {
      onProblem({ row, field: null, reason });
    }
    if (BLANK_LINE.test(line)) {
      return;
    }
    const result = parseJsonObject(line);
    if (result.ok) {
      onRecord(result.value, row, invalid.length > 0);
    } else {
      onProblem({ row, field: null, reason: result.reason });
    }
  });
}
