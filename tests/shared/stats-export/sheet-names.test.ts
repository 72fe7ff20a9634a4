/** Sheet names Excel opens: short enough, no forbidden characters, unique ignoring case. */
import { describe, expect, it } from 'vitest';
import { MAX_SHEET_NAME_LENGTH, sheetNameOf, uniqueSheetNames } from '../../../shared/stats-export';

const titled = (...titles: string[]) => titles.map((title) => ({ title, fallback: 'table' }));

describe('sheet names', () => {
  it('drops the characters Excel refuses and cuts at 31', () => {
    expect(sheetNameOf('a/b\\c?d*e:f[g]h', 'x')).toBe('a b c d e f g h');
    const long = sheetNameOf('Decisions per reviewer per model version per week', 'x');
    expect(long).toBe('Decisions per reviewer per mode');
    expect(long).toHaveLength(MAX_SHEET_NAME_LENGTH);
  });

  it('never splits a surrogate pair, and trims apostrophes and blanks', () => {
    const name = sheetNameOf(`${'審'.repeat(30)}😀😀`, 'x');
    expect(name).toBe('審'.repeat(30));
    expect(sheetNameOf("'quoted'", 'x')).toBe('quoted');
    expect(sheetNameOf(' \n ', 'fallback-id')).toBe('fallback-id');
    expect(sheetNameOf('[]', '::')).toBe('Sheet');
  });

  it('makes names unique ignoring case, and keeps clear of taken and reserved names', () => {
    expect(
      uniqueSheetNames(titled('Rates', 'rates', 'RATES', 'About', 'History'), ['About']),
    ).toEqual(['Rates', 'rates (2)', 'RATES (3)', 'About (2)', 'History (2)']);
    const [, second] = uniqueSheetNames(titled('x'.repeat(40), 'x'.repeat(40)));
    expect(second).toBe(`${'x'.repeat(27)} (2)`);
    expect(second).toHaveLength(31);
  });
});
