/**
 * The lead statistics' stored edit rates (schema v10, `editRates`): the rate of each edit event
 * a statistics run computed, by shared/stats' `editRateKey` (the event id and the length of the
 * draft text it edited). An event never changes, so a stored rate stays true.
 *
 * Packed: one row holds a run's new rates (the first run after an import or a pull: thousands),
 * because IndexedDB pays per row (see search-segment-row.ts): in Chromium, 23k rows of one rate
 * took ~6.7 s to write and ~0.4 s to read back, one row of 23k rates ~0.08 s and ~0.04 s. Rows
 * are appended, and merged into one when they grow many (edit-rates-repository.ts).
 */
export interface EditRateBatchRow {
  /** Given by the store (auto-increment), in the order the batches were written. */
  batch?: number;
  /** `editRateKey`s, in the order of `rates`. */
  keys: string[];
  rates: number[];
}
