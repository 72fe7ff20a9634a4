/**
 * Shapes shared by the streaming parsers of the import feature (DESIGN.md, Import and export):
 * each parser is fed text chunk by chunk and reports records and row-level problems as it goes,
 * so the import report can list (row, field, reason) without the file ever sitting in memory.
 */

/** One thing wrong with one row of an imported file. */
export interface ImportProblem {
  /** 1-based: the line number for JSONL and CSV, the element index for a JSON array. */
  row: number;
  /** The field the problem is about, or null when it is about the whole row. */
  field: string | null;
  reason: string;
  /**
   * Set on a problem with the file as a whole (a JSON array that breaks off or goes on after its
   * end): where the document stops being valid, 1-based, the column in characters. Such a file is
   * not imported at all, and the problem is not a row.
   */
  breaksAt?: { line: number; column: number };
  /**
   * Set on a problem with the file as a whole rather than one of its rows (the CSV header row, a
   * CSV whose rows end in a lone CR): it is never counted as a row read. `fails`: because of it
   * nothing of the file is imported (the reviewer changes a choice, or the file).
   */
  fileLevel?: 'fails' | 'reported';
}

export type ProblemHandler = (problem: ImportProblem) => void;

/**
 * A parser fed decoded text: `push` any number of chunks, then `end` once. `markInvalid` says
 * that the next character pushed (a U+FFFD) stands for an invalid byte sequence: the row being
 * read then gets `reason` as a problem, and is handed on, if at all, marked as holding it.
 */
export interface TextStreamParser {
  push(text: string): void;
  markInvalid(reason: string): void;
  end(): void;
}

/**
 * Receives each record with its row; `invalidBytes` is true when the row holds an invalid byte
 * sequence (already reported as a problem): its text is not what the file meant to say.
 */
export type RecordHandler<T> = (record: T, row: number, invalidBytes: boolean) => void;
