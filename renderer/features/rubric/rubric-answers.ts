/**
 * Plain functions over a reviewer's rubric answers: which required questions are still open,
 * and the `labels` a decision records. Kept apart from the form so they are unit-testable.
 */
import type { Labels, LabelValue } from '../../../shared/domain/decision-event';
import type { RubricQuestion } from '../../../shared/domain/draft-schema';

/** True when `value` counts as an answer (an empty text or an empty choice list does not). */
export function isAnswered(value: LabelValue | undefined): boolean {
  if (value === undefined) {
    return false;
  }
  if (typeof value === 'string') {
    return value.trim() !== '';
  }
  if (Array.isArray(value)) {
    return value.length > 0;
  }
  return true;
}

/** Required questions without an answer, in form order. */
export function missingRequired(
  questions: readonly RubricQuestion[],
  answers: Labels,
): RubricQuestion[] {
  return questions.filter((question) => question.required && !isAnswered(answers[question.id]));
}

/** The answers a decision records: only answered questions, free text trimmed. */
export function labelsToRecord(questions: readonly RubricQuestion[], answers: Labels): Labels {
  const labels: Labels = {};
  for (const question of questions) {
    const value = answers[question.id];
    if (value !== undefined && isAnswered(value)) {
      labels[question.id] = typeof value === 'string' ? value.trim() : value;
    }
  }
  return labels;
}
