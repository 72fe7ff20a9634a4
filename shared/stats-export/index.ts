/** Lead report exports (issue 14 point 6): generic tables → one CSV, or an XLSX workbook. */
export type {
  LeadReport,
  ReportCell,
  ReportColumn,
  ReportColumnKind,
  ReportRow,
  ReportTable,
} from './report-table';
export { reportCsv, tableCsv } from './report-csv';
export { reportXlsx } from './report-xlsx';
export type { ReportXlsxOptions } from './report-xlsx';
export { MAX_SHEET_NAME_LENGTH, sheetNameOf, uniqueSheetNames } from './sheet-names';
export { CSV_BOM, csvLine, csvValue } from './csv-value';
export type { CsvValue } from './csv-value';
