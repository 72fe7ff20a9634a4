import { describe, expect, it } from 'vitest';
import { exportRate } from '../../../../renderer/stores/export/export-rate';

describe('exportRate', () => {
  it('waits half a second before saying a pace, then gives rows per second and time left', () => {
    expect(exportRate(100, 1000, 200)).toEqual({ rows: 100, total: 1000 });
    expect(exportRate(500, 10_500, 1000)).toEqual({
      rows: 500,
      total: 10_500,
      rowsPerSecond: 500,
      secondsLeft: 20,
    });
  });
});
