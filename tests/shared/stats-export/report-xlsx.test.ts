/**
 * A lead report as XLSX (issue 14 point 6), read back with exceljs as a spreadsheet program
 * would: the "About" sheet first with the title, filters and range; one sheet per table with a
 * name Excel accepts; numbers stored as numbers (percents as fractions shown with %); the header
 * row frozen; text that looks like a formula stored as text, never as a formula.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportXlsx } from '../../../shared/stats-export';
import { leadReport } from './report-fixture';

/** The bytes as exceljs's `load` types them (an ArrayBuffer of exactly these bytes). */
const arrayBufferOf = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

describe('a lead report as XLSX', () => {
  let workbook: ExcelJS.Workbook;
  let bytes: Uint8Array;

  beforeAll(async () => {
    bytes = await reportXlsx(leadReport());
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(arrayBufferOf(bytes));
  });

  it('is a zip file (an XLSX is one)', () => {
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('has About first, then one sheet per table under a name Excel accepts', () => {
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual([
      'About',
      'Decisions per reviewer',
      'Agreement κ per pair nominal ra',
      'about (2)',
    ]);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
  });

  it('writes the title, the filters and the range on About', () => {
    const about = workbook.getWorksheet('About');
    const lines = [1, 2, 3].map((row) => about?.getRow(row).getCell(1).value);
    expect(lines).toEqual([
      '審查統計 Review statistics',
      '專案：客服回覆',
      'Range: 2026-11-01 – 2026-11-30 (Asia/Taipei)',
    ]);
  });

  it('stores numbers as numbers, percents with a % format, empty cells for null and NaN', () => {
    const sheet = workbook.getWorksheet('Decisions per reviewer');
    const header = sheet?.getRow(1).values as unknown[];
    expect(header.slice(1)).toEqual([
      '審查者',
      'Decisions',
      'Approval rate',
      'Median active time (s)',
    ]);
    const first = sheet?.getRow(2);
    expect(first?.getCell(1).value).toBe('林怡君');
    expect(first?.getCell(2).value).toBe(120);
    expect(first?.getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(first?.getCell(3).value).toBe(0.625);
    expect(first?.getCell(3).type).toBe(ExcelJS.ValueType.Number);
    expect(first?.getCell(3).numFmt).toBe('0.0%');
    expect(first?.getCell(4).value).toBe(12.5);
    expect(sheet?.getRow(3).getCell(4).value).toBe(-0.5);
    expect(sheet?.getRow(4).getCell(3).type).toBe(ExcelJS.ValueType.Null);

    const agreement = workbook.getWorksheet('Agreement κ per pair nominal ra');
    expect(agreement?.getRow(2).getCell(2).value).toBe(0.4286);
    expect(agreement?.getRow(3).getCell(2).type).toBe(ExcelJS.ValueType.Null); // κ undefined
    expect(agreement?.getRow(3).getCell(3).value).toBe(4);
  });

  it('keeps text that looks like a formula or a number as text', () => {
    const sheet = workbook.getWorksheet('Decisions per reviewer');
    const formulaLike = sheet?.getRow(3).getCell(1);
    expect(formulaLike?.type).toBe(ExcelJS.ValueType.String);
    expect(formulaLike?.value).toBe('=cmd|"/c calc"!A1');
    expect(sheet?.getRow(4).getCell(1).value).toBe('-2');
  });

  it('freezes the header row of every table sheet', () => {
    for (const sheet of workbook.worksheets.slice(1)) {
      expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).font?.bold, sheet.name).toBe(true);
    }
  });

  it('names the first sheet in the reader’s language when asked', async () => {
    const zh = new ExcelJS.Workbook();
    await zh.xlsx.load(arrayBufferOf(await reportXlsx(leadReport(), { aboutSheetName: '說明' })));
    expect(zh.worksheets[0]?.name).toBe('說明');
    expect(zh.worksheets.map((sheet) => sheet.name)).toContain('about');
  });
});
