/**
 * Time on task (EXPORTS.md §4): the active time of each counted decision (`activeMs`: only while
 * the window had focus and the reviewer acted within the last 60 s, DESIGN.md) — its median and
 * 90th percentile (percentiles.ts, type 7), overall and per reviewer — and throughput: counted
 * decisions per active hour, `decisions / (Σ activeMs / 3,600,000)`, per reviewer. A reviewer
 * with no active time at all has no throughput (null), not an infinite one.
 */
import { compareKeys } from './decision-counts';
import { quantileOfSorted, sortedValues } from './percentiles';

const HOUR_MS = 3_600_000;

export interface ActiveTimeSummary {
  decisions: number;
  /** NaN when there are no decisions. */
  medianMs: number;
  p90Ms: number;
  totalActiveMs: number;
}

export interface ReviewerActiveTime extends ActiveTimeSummary {
  reviewerId: string;
  /** Decisions per active hour; null when the reviewer logged no active time. */
  decisionsPerActiveHour: number | null;
}

export interface ActiveTimeStats {
  overall: ActiveTimeSummary;
  perReviewer: ReviewerActiveTime[];
}

function summary(values: readonly number[]): ActiveTimeSummary {
  const sorted = sortedValues(values);
  let total = 0;
  for (const value of values) {
    total += value;
  }
  return {
    decisions: values.length,
    medianMs: quantileOfSorted(sorted, 0.5),
    p90Ms: quantileOfSorted(sorted, 0.9),
    totalActiveMs: total,
  };
}

export class ActiveTimeAccumulator {
  private readonly all: number[] = [];
  private readonly byReviewer = new Map<string, number[]>();

  add(reviewerId: string, activeMs: number): void {
    // A negative or non-finite time is a corrupt event; it would skew every percentile.
    const ms = Number.isFinite(activeMs) && activeMs > 0 ? activeMs : 0;
    this.all.push(ms);
    let list = this.byReviewer.get(reviewerId);
    if (list === undefined) {
      list = [];
      this.byReviewer.set(reviewerId, list);
    }
    list.push(ms);
  }

  result(): ActiveTimeStats {
    const perReviewer = [...this.byReviewer.keys()].sort(compareKeys).map((reviewerId) => {
      const own = summary(this.byReviewer.get(reviewerId) ?? []);
      return {
        reviewerId,
        ...own,
        decisionsPerActiveHour:
          own.totalActiveMs > 0 ? own.decisions / (own.totalActiveMs / HOUR_MS) : null,
      };
    });
    return { overall: summary(this.all), perReviewer };
  }
}
