/**
 * The import report as CSV (issue 4: "the report can be saved as CSV"): one line per problem with
 * row, field and reason, UTF-8 with a BOM so spreadsheet programs read Chinese correctly. A cell
 * that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) is prefixed with an
 * apostrophe: field names and reasons can quote the imported file, which is untrusted.
 */
import type { ImportProblem } from './types';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: formula-safe, quoted when it holds a comma, quote or line break. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The report, header first, lines ending in CRLF (RFC 4180). */
export function problemReportCsv(problems: readonly ImportProblem[]): string {
  const lines = [['row', 'field', 'reason'].join(',')];
  for (const problem of problems) {
    // Where a broken file breaks goes with its reason: the row alone would not say.
    const reason =
      problem.breaksAt === undefined
        ? problem.reason
        : `${problem.reason} (line ${problem.breaksAt.line}, column ${problem.breaksAt.column})`;
    lines.push([String(problem.row), csvCell(problem.field ?? ''), csvCell(reason)].join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
