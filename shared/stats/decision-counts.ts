/**
 * Counts and rates of the four reviewer decisions (EXPORTS.md §4) in groups: per reviewer, model
 * version, prompt version, project, UTC day and ISO week. A counted decision is an approve, edit,
 * escalate or skip event that no retract undid and that passes the filters; comments, retracts
 * and a lead's resolves are not reviewer decisions and are not counted here. Rates are shares of
 * the group's counted decisions, so the four rates of a non-empty group sum to 1.
 */

/** The decisions counted and rated. */
export const COUNTED_KINDS = ['approve', 'edit', 'escalate', 'skip'] as const;
export type CountedKind = (typeof COUNTED_KINDS)[number];

const COUNTED: ReadonlySet<string> = new Set(COUNTED_KINDS);

/** True for the kinds {@link COUNTED_KINDS} lists. */
export function isCountedKind(kind: string): kind is CountedKind {
  return COUNTED.has(kind);
}

export interface DecisionCounts {
  approve: number;
  edit: number;
  escalate: number;
  skip: number;
  total: number;
}

/** Shares of the total; all 0 for an empty group (no decisions, no rate). */
export interface DecisionRates {
  approve: number;
  edit: number;
  escalate: number;
  skip: number;
}

/** One group's counts and rates; `key` is the reviewer id, project id, day, week… */
export interface DecisionGroup {
  key: string;
  counts: DecisionCounts;
  rates: DecisionRates;
}

export const emptyCounts = (): DecisionCounts => ({
  approve: 0,
  edit: 0,
  escalate: 0,
  skip: 0,
  total: 0,
});

/** Rates of `counts`; every rate 0 when nothing was counted. */
export function decisionRates(counts: DecisionCounts): DecisionRates {
  const { total } = counts;
  if (total === 0) {
    return { approve: 0, edit: 0, escalate: 0, skip: 0 };
  }
  return {
    approve: counts.approve / total,
    edit: counts.edit / total,
    escalate: counts.escalate / total,
    skip: counts.skip / total,
  };
}

/** Counts one decision of `kind` into `counts`. */
export function countDecision(counts: DecisionCounts, kind: CountedKind): void {
  counts[kind] += 1;
  counts.total += 1;
}

/** Counts per key of one grouping; groups come out sorted by key (code units). */
export class DecisionCounter {
  private readonly groups = new Map<string, DecisionCounts>();

  add(key: string, kind: CountedKind): void {
    countDecision(this.countsOf(key), kind);
  }

  /** The group's live counts, for a caller that counts many decisions into one group. */
  countsOf(key: string): DecisionCounts {
    let counts = this.groups.get(key);
    if (counts === undefined) {
      counts = emptyCounts();
      this.groups.set(key, counts);
    }
    return counts;
  }

  /** Groups with at least one decision (a draft whose events were all filtered out makes none). */
  result(): DecisionGroup[] {
    const out: DecisionGroup[] = [];
    for (const key of [...this.groups.keys()].sort(compareKeys)) {
      const counts = this.groups.get(key) ?? emptyCounts();
      if (counts.total > 0) {
        out.push({ key, counts, rates: decisionRates(counts) });
      }
    }
    return out;
  }
}

/** Code-unit order: the same on every machine and in every language. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
