/**
 * CSV (RFC 4180) as a state machine fed chunk by chunk, so a quoted field may span chunks and
 * lines. The first row names the fields; every later row becomes an object of name → text, kept
 * verbatim (no trimming, and cells such as `=HYPERLINK(...)` are only ever text). Rows end in LF
 * or CRLF; a lone CR is text, unless the reviewer chose lone-CR line ends (old Mac and spreadsheet
 * exports), when a lone CR ends a row too. Read with LF line ends, such a file is one long header
 * row and would end "no problems, 0 rows": a lone CR in the header row outside quotes is reported
 * as a problem with the whole file instead (issue 12, point 16). Problems of the header row are
 * the file's, not a row's. Blank lines are skipped. Long fields are collected as slices of the
 * chunks, never character by character. A row holding an invalid byte sequence is reported with
 * each sequence's byte offset, on the line the row starts on.
 */
import type { ProblemHandler, RecordHandler, TextStreamParser } from './types';

/** Receives each row as an object of header name → cell text, with the line the row starts on. */
export type CsvRecordHandler = RecordHandler<Record<string, string>>;
/** Receives the header row once, as written (duplicates included). */
export type CsvHeaderHandler = (fieldNames: readonly string[]) => void;

type State =
  /** Nothing read yet of the current field. */
  | 'field start'
  /** Inside a field that did not start with a quote. */
  | 'unquoted'
  /** Inside a quoted field. */
  | 'quoted'
  /** Just read a quote inside a quoted field: either an escaped quote or the closing quote. */
  | 'quote in quoted';

/** The reason of the whole-file problem of a file whose rows end in a lone CR. */
export const LONE_CR_LINE_ENDS = 'rows end in a lone CR';

const COMMA = 44;
const LF = 10;
const CR = 13;

/** Line breaks in `text`: LFs, and with `loneCr` also CRs that no LF follows. */
function countLineBreaks(text: string, loneCr: boolean): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    count += 1;
  }
  if (loneCr) {
    for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 1)) {
      if (text.charCodeAt(at + 1) !== LF) {
        count += 1;
      }
    }
  }
  return count;
}

export interface CsvOptions {
  /** Whether a lone CR ends a row (as LF and CRLF always do). */
  loneCrEndsRow?: boolean;
}

export function createCsvParser(
  onRecord: CsvRecordHandler,
  onProblem: ProblemHandler,
  onHeader?: CsvHeaderHandler,
  options: CsvOptions = {},
): TextStreamParser {
  const loneCrEndsRow = options.loneCrEndsRow === true;
  /** Whether the header row held a lone CR outside quotes (see LONE_CR_LINE_ENDS). */
  let loneCrInHeader = false;
  let header: string[] | null = null;
  /** For each header column, whether it is the first with its name (later duplicates are dropped). */
  let keepColumn: boolean[] = [];

  let state: State = 'field start';
  let fields: string[] = [];
  let pieces: string[] = [];
  let rowQuoted = false;
  let rowProblem: string | null = null;
  /** Reasons of the invalid byte sequences in the row being read. */
  let rowInvalid: string[] = [];
  /** A CR read outside quotes whose meaning (line break or text) depends on the next character. */
  let pendingCr = false;
  /** Set after a closing quote: anything but a separator or line break is then malformed. */
  let fieldClosed = false;
  let line = 1;
  let rowStartLine = 1;

  const takeHeader = (names: string[], row: number) => {
    header = names;
    const seen = new Set<string>();
    keepColumn = names.map((name) => {
      if (!seen.has(name)) {
        seen.add(name);
        return true;
      }
      onProblem({ row, field: name, reason: 'duplicate column name', fileLevel: 'reported' });
      return false;
    });
    onHeader?.(names);
  };

  const emitRow = (cells: string[], row: number, problem: string | null, invalid: string[]) => {
    // The header row is not a row of drafts: its problems are the file's.
    const scope = header === null ? ({ fileLevel: 'reported' } as const) : {};
    if (header === null && loneCrInHeader) {
      // The whole file is this "row": its other problems would only be consequences.
      onProblem({ row, field: null, reason: LONE_CR_LINE_ENDS, fileLevel: 'fails' });
      takeHeader(cells, row);
      return;
    }
    for (const reason of invalid) {
      onProblem({ row, field: null, reason, ...scope });
    }
    if (problem !== null) {
      onProblem({ row, field: null, reason: problem, ...scope });
      if (header === null) {
        takeHeader(cells, row);
      }
      return;
    }
    if (header === null) {
      takeHeader(cells, row);
      return;
    }
    if (cells.length !== header.length) {
      onProblem({
        row,
        field: null,
        reason: `expected ${header.length} fields, found ${cells.length}`,
      });
      return;
    }
    const entries: [string, string][] = [];
    header.forEach((name, column) => {
      if (keepColumn[column] === true) {
        entries.push([name, cells[column] ?? '']);
      }
    });
    // fromEntries defines own properties, so a column named `__proto__` is kept as data.
    onRecord(Object.fromEntries(entries), row, invalid.length > 0);
  };

  const endField = () => {
    fields.push(pieces.join(''));
    pieces = [];
    state = 'field start';
    fieldClosed = false;
  };

  const endRow = () => {
    endField();
    const blank =
      fields.length === 1 &&
      fields[0] === '' &&
      !rowQuoted &&
      rowProblem === null &&
      rowInvalid.length === 0;
    if (!blank) {
      emitRow(fields, rowStartLine, rowProblem, rowInvalid);
    }
    fields = [];
    rowQuoted = false;
    rowProblem = null;
    rowInvalid = [];
  };

  /** Text that follows a closing quote is kept, but the row is reported instead of imported. */
  const afterClosingQuote = () => {
    if (fieldClosed) {
      rowProblem ??= 'unexpected text after a closing quote';
      fieldClosed = false;
    }
    state = 'unquoted';
  };

  const push = (text: string) => {
    let i = 0;
    const length = text.length;
    while (i < length) {
      if (pendingCr) {
        pendingCr = false;
        if (text.charCodeAt(i) === LF) {
          i += 1;
          endRow();
          line += 1;
          rowStartLine = line;
          continue;
        }
        if (loneCrEndsRow) {
          endRow();
          line += 1;
          rowStartLine = line;
          continue;
        }
        if (header === null) {
          loneCrInHeader = true;
        }
        afterClosingQuote();
        pieces.push('\r');
      }
      switch (state) {
        case 'field start':
          if (text.charCodeAt(i) === 34) {
            state = 'quoted';
            rowQuoted = true;
            i += 1;
          } else {
            state = 'unquoted';
          }
          break;
        case 'quoted': {
          const quote = text.indexOf('"', i);
          const end = quote === -1 ? length : quote;
          if (end > i) {
            const slice = text.slice(i, end);
            pieces.push(slice);
            line += countLineBreaks(slice, loneCrEndsRow);
          }
          if (quote === -1) {
            i = length;
          } else {
            state = 'quote in quoted';
            i = quote + 1;
          }
          break;
        }
        case 'quote in quoted':
          if (text.charCodeAt(i) === 34) {
            pieces.push('"');
            state = 'quoted';
            i += 1;
          } else {
            state = 'unquoted';
            fieldClosed = true;
          }
          break;
        case 'unquoted': {
          let end = i;
          let code = text.charCodeAt(end);
          while (end < length && code !== COMMA && code !== LF && code !== CR) {
            end += 1;
            code = text.charCodeAt(end);
          }
          if (end > i) {
            afterClosingQuote();
            pieces.push(text.slice(i, end));
          }
          if (end === length) {
            i = length;
          } else if (code === COMMA) {
            endField();
            i = end + 1;
          } else if (code === LF) {
            endRow();
            line += 1;
            rowStartLine = line;
            i = end + 1;
          } else {
            pendingCr = true;
            i = end + 1;
          }
          break;
        }
      }
    }
  };

  const end = () => {
    if (pendingCr) {
      pendingCr = false;
      if (!loneCrEndsRow) {
        // A CR as the very last character has no LF after it, so it is text like any lone CR.
        afterClosingQuote();
        pieces.push('\r');
      }
    }
    if (state === 'quoted') {
      for (const reason of rowInvalid) {
        onProblem({ row: rowStartLine, field: null, reason });
      }
      rowInvalid = [];
      onProblem({ row: rowStartLine, field: null, reason: 'unterminated quoted field' });
    } else if (fields.length > 0 || pieces.length > 0 || rowQuoted || state !== 'field start') {
      endRow();
    }
    fields = [];
    pieces = [];
    state = 'field start';
  };

  const markInvalid = (reason: string) => {
    rowInvalid.push(reason);
  };

  return { push, markInvalid, end };
}
