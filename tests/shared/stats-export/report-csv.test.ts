/**
 * A lead report as CSV (issue 14 point 6), byte for byte: the BOM, the title and the filter and
 * range lines on top, each table after a blank line, Chinese intact, a formula cell and a text
 * that looks like a negative number neutralised, a real negative number left a number, and an
 * undefined κ an empty cell.
 */
import { describe, expect, it } from 'vitest';
import { reportCsv } from '../../../shared/stats-export';
import { leadReport } from './report-fixture';

describe('a lead report as CSV', () => {
  it('writes the whole report, byte for byte', () => {
    const bytes = reportCsv(leadReport());
    const expected =
      '\uFEFF' +
      '審查統計 Review statistics\r\n' +
      '專案：客服回覆\r\n' +
      'Range: 2026-11-01 – 2026-11-30 (Asia/Taipei)\r\n' +
      '\r\n' +
      'Decisions per reviewer\r\n' +
      '審查者,Decisions,Approval rate,Median active time (s)\r\n' +
      '林怡君,120,0.625,12.5\r\n' +
      '"\'=cmd|""/c calc""!A1",3,1,-0.5\r\n' +
      "'-2,0,,\r\n" +
      '\r\n' +
      'Agreement: κ per pair [nominal] / raters?\r\n' +
      'Pair,Cohen κ,Shared items\r\n' +
      '林怡君 × Lee,0.4286,40\r\n' +
      'Ada × Lee,,4\r\n' +
      '\r\n' +
      'about\r\n' +
      'Note\r\n' +
      'a table titled like the first sheet\r\n';
    expect(Buffer.from(bytes).equals(Buffer.from(expected, 'utf8'))).toBe(true);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // 審 is three bytes of UTF-8 (E5 AF A9), straight after the BOM
    expect([...bytes.slice(3, 6)]).toEqual([0xe5, 0xaf, 0xa9]);
  });

  it('quotes a cell holding a comma, a quote or a line break', () => {
    const report = leadReport();
    const text = new TextDecoder().decode(
      reportCsv({
        ...report,
        generatedFrom: ['Reviewers: 林, Lee'],
        tables: [
          {
            id: 't',
            title: 't',
            columns: [{ key: 'a', label: 'A', kind: 'text' }],
            rows: [{ a: '第一行\n第二行' }, { a: 'say "hi"' }, { a: '' }],
          },
        ],
      }),
    );
    expect(text).toBe(
      '審查統計 Review statistics\r\n"Reviewers: 林, Lee"\r\n\r\nt\r\nA\r\n' +
        '"第一行\n第二行"\r\n"say ""hi"""\r\n""\r\n',
    );
  });
});
