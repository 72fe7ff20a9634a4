/**
 * A lead report as an XLSX workbook (issue 14 point 6), written with exceljs: a first sheet
 * "About" with the report's title and the filters and time range it covers, then one sheet per
 * table. Numbers are stored as numbers (a reader can sum them), percents as fractions with a %
 * number format, and each table's header row is frozen so it stays in view while scrolling.
 *
 * Text is stored as text cells (shared strings), never as formulas, so a cell that starts with
 * `=` cannot run: no neutralising apostrophe is needed here, unlike in the CSV.
 *
 * exceljs (about 1 MB) is loaded on first use, so the app's start-up does not pay for it.
 * In the browser build Vite takes its `browser` entry (dist/exceljs.min.js); its only uses of
 * `Function` are fallbacks that modern Chromium never reaches, so it runs under the app's CSP
 * (no 'unsafe-eval').
 */
import type * as ExcelTypes from 'exceljs';
import type { LeadReport, ReportCell, ReportColumn, ReportTable } from './report-table';
import { uniqueSheetNames } from './sheet-names';

type ExcelModule = typeof ExcelTypes;

export interface ReportXlsxOptions {
  /** Name of the first sheet (the reader's language); "About" by default. */
  aboutSheetName?: string;
}

/** Display formats by kind. `General` keeps every digit of a plain number. */
const NUMBER_FORMATS: Record<ReportColumn['kind'], string | undefined> = {
  text: undefined,
  integer: '0',
  number: undefined,
  percent: '0.0%',
};

async function loadExcel(): Promise<ExcelModule> {
  // A CommonJS package: Node and Vite both hand its exports over as the default export.
  const loaded = (await import('exceljs')) as ExcelModule & { default?: ExcelModule };
  return loaded.default ?? loaded;
}

function cellValue(column: ReportColumn, value: ReportCell | undefined): string | number | null {
  if (value === null || value === undefined) {
    return null;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      return null; // κ is NaN where undefined: an empty cell, never the text "NaN"
    }
    return column.kind === 'text' ? String(value) : value;
  }
  return value;
}

/** Rough display width: CJK and other wide characters take two columns. */
function widthOf(text: string): number {
  let width = 0;
  for (const char of text) {
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(
        char,
      )
        ? 2
        : 1;
  }
  return width;
}

function addTableSheet(workbook: ExcelTypes.Workbook, name: string, table: ReportTable) {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  sheet.columns = table.columns.map((column) => {
    const widest = Math.max(
      widthOf(column.label),
      ...table.rows.slice(0, 200).map((row) => widthOf(String(row[column.key] ?? ''))),
    );
    const format = NUMBER_FORMATS[column.kind];
    return {
      key: column.key,
      header: column.label,
      width: Math.min(60, Math.max(8, widest + 2)),
      ...(format === undefined ? {} : { style: { numFmt: format } }),
    };
  });
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(table.columns.map((column) => cellValue(column, row[column.key])));
  }
}

function addAboutSheet(workbook: ExcelTypes.Workbook, name: string, report: LeadReport) {
  const sheet = workbook.addWorksheet(name);
  sheet.getColumn(1).width = Math.min(100, Math.max(20, ...report.generatedFrom.map(widthOf)));
  sheet.addRow([report.title]).font = { bold: true, size: 14 };
  for (const line of report.generatedFrom) {
    sheet.addRow([line]);
  }
}

export async function reportXlsx(
  report: LeadReport,
  options: ReportXlsxOptions = {},
): Promise<Uint8Array> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  const about = options.aboutSheetName ?? 'About';
  addAboutSheet(workbook, about, report);
  const names = uniqueSheetNames(
    report.tables.map((table) => ({ title: table.title, fallback: table.id })),
    [about],
  );
  report.tables.forEach((table, index) => addTableSheet(workbook, names[index] ?? table.id, table));
  const buffer = await workbook.xlsx.writeBuffer();
  // Node hands back a Buffer, browsers an ArrayBuffer: both become a plain copy here.
  return new Uint8Array(buffer);
}
