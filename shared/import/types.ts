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
}

export type ProblemHandler = (problem: ImportProblem) => void;

/** A parser fed decoded text: `push` any number of chunks, then `end` once. */
export interface TextStreamParser {
  push(text: string): void;
  end(): void;
}
