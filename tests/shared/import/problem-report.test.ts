import { describe, expect, it } from 'vitest';
import { createCsvParser, csvCell, problemReportCsv } from '../../../shared/import';

describe('the import report as CSV', () => {
  it('writes row, field and reason with a BOM and CRLF', () => {
    const csv = problemReportCsv([
      { row: 2, field: 'output', reason: 'missing draft' },
      { row: 3, field: null, reason: 'invalid JSON' },
    ]);
    expect(csv).toBe('\uFEFFrow,field,reason\r\n2,output,missing draft\r\n3,,invalid JSON\r\n');
  });

  it('says where a broken file breaks, and where each invalid byte sequence is', () => {
    const csv = problemReportCsv([
      { row: 4, field: null, reason: 'invalid utf-8 byte sequence at byte 131' },
      { row: 3, field: null, reason: 'the JSON breaks off', breaksAt: { line: 9, column: 14 } },
    ]);
    expect(csv).toBe(
      '\uFEFFrow,field,reason\r\n4,,invalid utf-8 byte sequence at byte 131\r\n' +
        '3,,"the JSON breaks off (line 9, column 14)"\r\n',
    );
  });

  it('never lets a cell start a formula, and quotes what needs quoting', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvCell('plain 中文')).toBe('plain 中文');
  });

  it('reads back through our own CSV parser as the same problems', () => {
    const problems = [
      { row: 9, field: '=cmd', reason: 'duplicate id in the file (first on row 2)' },
      { row: 10, field: 'a "quoted", field', reason: 'line\r\nbreak' },
    ];
    const rows: Record<string, string>[] = [];
    const parser = createCsvParser(
      (record) => rows.push(record),
      (problem) => {
        throw new Error(problem.reason);
      },
    );
    parser.push(problemReportCsv(problems).slice(1));
    parser.end();
    expect(rows).toEqual([
      { row: '9', field: "'=cmd", reason: 'duplicate id in the file (first on row 2)' },
      { row: '10', field: 'a "quoted", field', reason: 'line\r\nbreak' },
    ]);
  });
});
