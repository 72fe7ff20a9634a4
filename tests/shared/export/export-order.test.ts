import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCodeUnits, compareExportOrder } from '../../../shared/export/export-order';

describe('compareExportOrder', () => {
  it('orders by project id, then draft id', () => {
    const keys = [
      { project: 'b', id: '1' },
      { project: 'a', id: '2' },
      { project: 'a', id: '10' },
      { project: 'B', id: '9' },
    ];
    expect([...keys].sort(compareExportOrder)).toEqual([
      { project: 'B', id: '9' },
      { project: 'a', id: '10' },
      { project: 'a', id: '2' },
      { project: 'b', id: '1' },
    ]);
  });

  it('compares UTF-16 code units, not the locale (ä after z, 𝒜 after 豈)', () => {
    expect(['ä', 'z', 'a'].sort(compareCodeUnits)).toEqual(['a', 'z', 'ä']);
    // U+1D49C is stored as surrogates D835 DC9C, below U+F900 in code units.
    expect(['\uF900', '\u{1D49C}'].sort(compareCodeUnits)).toEqual(['\u{1D49C}', '\uF900']);
  });

  it('is a total order that agrees with <', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(Math.sign(compareCodeUnits(a, b))).toBe(a < b ? -1 : a === b ? 0 : 1);
        expect(compareCodeUnits(a, b)).toBe(-compareCodeUnits(b, a) || 0);
      }),
    );
  });
});
