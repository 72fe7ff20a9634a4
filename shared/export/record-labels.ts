/**
 * The rubric answers a record carries: those of the decisions that stand (the heads).
 *
 * When heads answer the same question differently (agreeing verdicts with different labels, or
 * a dispute), the head with the greatest event id — the latest by creation time — wins for that
 * question, the same tie-break derive-draft-state uses for the text that holds. A lead's resolve
 * carries no labels, so a resolved record has none. Keys are written in code-unit order: the
 * payloads' own key order varies by device and must not change the exported bytes.
 */
import type { DecisionEvent, LabelValue, Labels } from '../domain/decision-event';
import { isKind } from '../domain/decision-event';
import type { Rubric } from '../domain/project';
import { compareCodeUnits } from './export-order';

function labelsOf(event: DecisionEvent): Labels | undefined {
  if (isKind(event, 'approve') || isKind(event, 'edit')) {
    return event.payload.labels;
  }
  return undefined;
}

/** Merged labels of `heads` (in event id order, later wins per question), keys sorted. */
export function mergedLabels(heads: readonly DecisionEvent[]): Record<string, LabelValue> {
  const merged = new Map<string, LabelValue>();
  for (const head of heads) {
    for (const [question, value] of Object.entries(labelsOf(head) ?? {})) {
      merged.set(question, value);
    }
  }
  const out: Record<string, LabelValue> = {};
  for (const question of [...merged.keys()].sort(compareCodeUnits)) {
    out[question] = merged.get(question) as LabelValue;
  }
  return out;
}

/**
 * The answer to the project's rating question: the first `rating` question of the rubric (in
 * rubric order) whose answer is a number. Undefined when the rubric has none or it is unanswered.
 */
export function ratingOf(labels: Record<string, LabelValue>, rubric?: Rubric): number | undefined {
  for (const question of rubric?.questions ?? []) {
    const value = labels[question.id];
    if (question.kind === 'rating' && typeof value === 'number') {
      return value;
    }
  }
  return undefined;
}
