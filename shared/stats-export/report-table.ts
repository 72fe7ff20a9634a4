/**
 * What a lead exports (issue 14 point 6): the tables the statistics screens show, with the
 * filters and the time range they cover written on them. Generic on purpose: every statistic
 * becomes a `ReportTable`, and the CSV and XLSX writers know nothing of statistics.
 */

/**
 * How a column's values are written. `percent` values are fractions (0.25 for 25 %): the CSV
 * keeps the fraction, the XLSX shows it with a % number format, so both hold the same number.
 */
export type ReportColumnKind = 'text' | 'integer' | 'number' | 'percent';

export interface ReportColumn {
  /** The key of the value in each row. */
  key: string;
  /** The header the reader sees, already in the reader's language. */
  label: string;
  kind: ReportColumnKind;
}

/**
 * One cell. `null` (and a number that is not finite, such as κ's NaN where it is undefined) is
 * written as an empty cell, never as `NaN` or `0`.
 */
export type ReportCell = string | number | null;

export type ReportRow = Readonly<Record<string, ReportCell | undefined>>;

export interface ReportTable {
  /** Stable id (`decisions-per-reviewer`), for code; the title is for people. */
  id: string;
  title: string;
  columns: readonly ReportColumn[];
  rows: readonly ReportRow[];
}

export interface LeadReport {
  title: string;
  /** The filters and time range the numbers cover, one human-readable line each. */
  generatedFrom: readonly string[];
  tables: readonly ReportTable[];
}
