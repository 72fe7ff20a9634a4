/**
 * A lead report as one CSV file (issue 14 point 6): the report's title and the lines saying
 * which filters and time range it covers on top, then each table — its title, its header, its
 * rows — separated by a blank line. UTF-8 with a BOM, RFC 4180, formula cells neutralised.
 *
 * A cell's value follows its column's kind: text is always text (a reviewer named `-x` stays
 * text, neutralised); numbers are written as numbers, percents as fractions (0.25).
 */
import { CSV_BOM, csvLine, type CsvValue } from './csv-value';
import type { LeadReport, ReportCell, ReportColumn, ReportTable } from './report-table';

const encoder = new TextEncoder();

function cellFor(column: ReportColumn, value: ReportCell | undefined): CsvValue {
  if (column.kind === 'text' && typeof value === 'number') {
    return String(value);
  }
  if (column.kind !== 'text' && typeof value === 'string') {
    // A number column given text (a label such as "not enough overlap") keeps the text.
    return value;
  }
  return value;
}

/** One table: its title on a line of its own, then the header and the rows. */
export function tableCsv(table: ReportTable): string {
  const lines = [csvLine([table.title]), csvLine(table.columns.map((column) => column.label))];
  for (const row of table.rows) {
    lines.push(csvLine(table.columns.map((column) => cellFor(column, row[column.key]))));
  }
  return lines.join('');
}

export function reportCsv(report: LeadReport): Uint8Array {
  const head = [report.title, ...report.generatedFrom].map((line) => csvLine([line])).join('');
  const tables = report.tables.map(tableCsv);
  return encoder.encode(`${CSV_BOM}${[head, ...tables].join('\r\n')}`);
}
