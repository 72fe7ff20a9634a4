/**
 * Label, rating and escalation-reason distributions (EXPORTS.md §4), over counted decisions.
 * Rubric answers come from approve and edit events (`payload.labels`): a string is a single
 * choice, a list a multi choice (each chosen option counts once), a number a rating. The kind is
 * read from the answer itself, so no rubric is needed and a question renamed between guideline
 * versions still counts what was answered. Reasons come from escalate events (`reasonId`).
 */
import type { Labels } from '../domain/decision-event';
import { compareKeys } from './decision-counts';

export interface ValueCount {
  value: string;
  count: number;
}

export interface ChoiceDistribution {
  question: string;
  /** Decisions that answered the question. */
  answers: number;
  /** Per option, most frequent first (ties by option id). */
  values: ValueCount[];
}

export interface RatingDistribution {
  question: string;
  answers: number;
  /** Per rating, ascending. */
  values: { value: number; count: number }[];
  mean: number;
}

export interface LabelDistributions {
  choices: ChoiceDistribution[];
  ratings: RatingDistribution[];
  /** Escalation reasons, most frequent first. */
  reasons: ValueCount[];
  escalations: number;
}

function bump<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function byCount(counts: Map<string, number>): ValueCount[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || compareKeys(a.value, b.value));
}

export class LabelAccumulator {
  private readonly choiceAnswers = new Map<string, number>();
  private readonly choices = new Map<string, Map<string, number>>();
  private readonly ratingAnswers = new Map<string, number>();
  private readonly ratings = new Map<string, Map<number, number>>();
  private readonly reasons = new Map<string, number>();
  private escalations = 0;

  addLabels(labels: Labels | undefined): void {
    if (labels === undefined) {
      return;
    }
    for (const question in labels) {
      const answer = labels[question];
      if (typeof answer === 'number') {
        bump(this.ratingAnswers, question);
        bump(this.inner(this.ratings, question), answer);
      } else if (typeof answer === 'string') {
        bump(this.choiceAnswers, question);
        bump(this.inner(this.choices, question), answer);
      } else if (Array.isArray(answer)) {
        bump(this.choiceAnswers, question);
        const counts = this.inner(this.choices, question);
        for (const option of new Set(answer)) {
          bump(counts, option);
        }
      }
    }
  }

  addReason(reasonId: string): void {
    this.escalations += 1;
    bump(this.reasons, reasonId);
  }

  private inner<K>(outer: Map<string, Map<K, number>>, question: string): Map<K, number> {
    let counts = outer.get(question);
    if (counts === undefined) {
      counts = new Map<K, number>();
      outer.set(question, counts);
    }
    return counts;
  }

  result(): LabelDistributions {
    const choices = [...this.choices.keys()].sort(compareKeys).map((question) => ({
      question,
      answers: this.choiceAnswers.get(question) ?? 0,
      values: byCount(this.choices.get(question) ?? new Map<string, number>()),
    }));
    const ratings = [...this.ratings.keys()].sort(compareKeys).map((question) => {
      const counts = this.ratings.get(question) ?? new Map<number, number>();
      const values = [...counts]
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => a.value - b.value);
      const answers = this.ratingAnswers.get(question) ?? 0;
      let sum = 0;
      for (const { value, count } of values) {
        sum += value * count;
      }
      return { question, answers, values, mean: answers === 0 ? NaN : sum / answers };
    });
    return { choices, ratings, reasons: byCount(this.reasons), escalations: this.escalations };
  }
}
