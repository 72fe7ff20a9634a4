/**
 * Distribution of `editRate` over edits (EXPORTS.md §3–§4): one value per counted edit event,
 * the reviewer's final text against the draft as the model wrote it (record-metrics.ts: grapheme
 * Levenshtein / graphemes of the final). Fixed bins so charts and exports of different runs line
 * up: twenty bins of width 0.05 — [0, 0.05), [0.05, 0.10), … [0.95, 1.00) — and a last bin
 * [1, ∞) because a rate above 1 is possible (an edit that deleted most of the draft).
 */
import { quantileOfSorted, sortedValues } from './percentiles';

export const EDIT_RATE_BIN_WIDTH = 0.05;
/** Bins below 1, then one open bin from 1 up. */
export const EDIT_RATE_BIN_COUNT = 21;

export interface EditRateBin {
  /** Inclusive lower edge. */
  from: number;
  /** Exclusive upper edge; null for the open last bin. */
  to: number | null;
  count: number;
}

export interface EditRateDistribution {
  edits: number;
  bins: EditRateBin[];
  /** NaN when there are no edits. */
  median: number;
  mean: number;
  /** Edits whose text equals the draft (an edit with nothing changed). */
  unchanged: number;
}

/** The bin index of `rate`. Multiplying by 20 (exact) rather than dividing by 0.05 (inexact)
 * keeps 0.15 in the bin that starts at 0.15. */
export function editRateBin(rate: number): number {
  const index = Math.floor(rate * 20);
  return index < 0 ? 0 : index >= EDIT_RATE_BIN_COUNT - 1 ? EDIT_RATE_BIN_COUNT - 1 : index;
}

export class EditRateAccumulator {
  private readonly rates: number[] = [];
  private readonly counts = new Array<number>(EDIT_RATE_BIN_COUNT).fill(0);
  private unchanged = 0;

  add(rate: number): void {
    this.rates.push(rate);
    const bin = editRateBin(rate);
    this.counts[bin] = (this.counts[bin] ?? 0) + 1;
    if (rate === 0) {
      this.unchanged += 1;
    }
  }

  result(): EditRateDistribution {
    let sum = 0;
    for (const rate of this.rates) {
      sum += rate;
    }
    const bins = this.counts.map((count, index) => ({
      // Rounded edges: 3 * 0.05 is 0.15000000000000002 in floating point.
      from: Math.round(index * EDIT_RATE_BIN_WIDTH * 100) / 100,
      to:
        index === EDIT_RATE_BIN_COUNT - 1
          ? null
          : Math.round((index + 1) * EDIT_RATE_BIN_WIDTH * 100) / 100,
      count,
    }));
    return {
      edits: this.rates.length,
      bins,
      median: quantileOfSorted(sortedValues(this.rates), 0.5),
      mean: this.rates.length === 0 ? NaN : sum / this.rates.length,
      unchanged: this.unchanged,
    };
  }
}
