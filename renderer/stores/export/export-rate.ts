/** An export's pace, for the progress line: rows per second and the time left. */

export interface ExportRate {
  rows: number;
  total: number;
  /** Undefined until there is enough to measure (the first half second). */
  rowsPerSecond?: number;
  secondsLeft?: number;
}

/** Pace after `rows` of `total` rows in `elapsedMs`. */
export function exportRate(rows: number, total: number, elapsedMs: number): ExportRate {
  if (elapsedMs < 500 || rows === 0) {
    return { rows, total };
  }
  const rowsPerSecond = (rows / elapsedMs) * 1000;
  return {
    rows,
    total,
    rowsPerSecond,
    secondsLeft: Math.max(0, Math.ceil((total - rows) / rowsPerSecond)),
  };
}
