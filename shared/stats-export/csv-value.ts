/**
 * One value as a CSV field, the way the export's CSV writer treats values (EXPORTS.md §2): text
 * through the shared formula-neutralising cell (`csvCell`), an empty string quoted (`""`) so a
 * reader can tell it from an absent value, which is an empty field; numbers as plain numbers —
 * a negative number is a number, not a formula.
 */
import { csvCell } from '../import/problem-report';

export type CsvValue = string | number | null | undefined;

export function csvValue(value: CsvValue): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? String(value) : '';
  }
  return value === '' ? '""' : csvCell(value);
}

/** One CSV record: fields joined by commas, ended by CRLF (RFC 4180). */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvValue).join(',')}\r\n`;
}

/** The byte order mark spreadsheet programs need to read UTF-8 (and so Chinese) correctly. */
export const CSV_BOM = '\uFEFF';
