/**
 * Digit keys for the rubric, as plain functions (the hook and the form share them).
 *
 * Which question a digit answers:
 * 1. the question that holds focus, when it has digit keys (a rating, or a single or multiple
 *    choice question of at most nine options), so a refused decision's focused question, or one
 *    the reviewer tabbed into, is answered at once;
 * 2. otherwise the first required rating that is still unanswered, else the first rating;
 * 3. otherwise, when the rubric has no rating and exactly one choice question with at most nine
 *    options, that question.
 *
 * What a digit means: on a rating whose values are all 0–9, the value itself (4 is 4); on any
 * other rating of at most nine points, its position from the lowest (1 is the lowest); on a
 * longer rating, the value where it is in the scale. On a choice question, the option's number
 * in form order (1 is the first); on a multiple choice question the digit toggles the option.
 */
import type { Labels, LabelValue } from '../../../shared/domain/decision-event';
import type { RubricQuestion } from '../../../shared/domain/draft-schema';
import { isAnswered } from './rubric-answers';

/** One option of a question as a control: its input's `value`, the answer it records. */
export interface RubricChoice {
  key: string;
  text: string;
  value: LabelValue;
  /** The digit that picks it, if any. */
  digit?: string;
}

/** The most options a choice question may have and still get digit keys. */
export const MAX_DIGIT_OPTIONS = 9;

const range = (min: number, max: number) =>
  Array.from({ length: max - min + 1 }, (_, index) => min + index);

const isDigitValue = (value: number) => Number.isInteger(value) && value >= 0 && value <= 9;

/** The rating's points with the digit of each (see the module comment). */
export function ratingChoices(question: RubricQuestion): RubricChoice[] {
  const min = question.scale?.min ?? 1;
  const max = question.scale?.max ?? 5;
  const points = range(min, max);
  const byValue = isDigitValue(min) && isDigitValue(max);
  const byPosition = !byValue && points.length <= MAX_DIGIT_OPTIONS;
  return points.map((value, index) => {
    const digit = byPosition ? String(index + 1) : isDigitValue(value) ? String(value) : undefined;
    return { key: String(value), text: String(value), value, digit };
  });
}

/** A choice question's options (labels via `text`), numbered 1–9 when there are at most nine. */
export function optionChoices(
  question: RubricQuestion,
  text: (option: NonNullable<RubricQuestion['options']>[number]) => string,
): RubricChoice[] {
  const options = question.options ?? [];
  const numbered = options.length <= MAX_DIGIT_OPTIONS;
  return options.map((option, index) => ({
    key: option.id,
    text: text(option),
    value: option.id,
    digit: numbered ? String(index + 1) : undefined,
  }));
}

/** The question's controls with their digits; empty for a text question. */
export function choicesOf(
  question: RubricQuestion,
  text: (option: NonNullable<RubricQuestion['options']>[number]) => string = (option) =>
    option.label.en,
): RubricChoice[] {
  if (question.kind === 'rating') {
    return ratingChoices(question);
  }
  if (question.kind === 'single' || question.kind === 'multi') {
    return optionChoices(question, text);
  }
  return [];
}

/** True when digits can answer `question`. */
export function hasDigitKeys(question: RubricQuestion): boolean {
  return choicesOf(question).some((choice) => choice.digit !== undefined);
}

/** The question a digit answers now, or undefined when digits answer nothing. */
export function digitTarget(
  questions: readonly RubricQuestion[],
  answers: Labels,
  focusedId?: string | null,
): RubricQuestion | undefined {
  const focused = questions.find((question) => question.id === focusedId);
  if (focused !== undefined && hasDigitKeys(focused)) {
    return focused;
  }
  const ratings = questions.filter(
    (question) => question.kind === 'rating' && hasDigitKeys(question),
  );
  if (ratings.length > 0) {
    return (
      ratings.find((question) => question.required && !isAnswered(answers[question.id])) ??
      ratings[0]
    );
  }
  const choiceQuestions = questions.filter(
    (question) => question.kind === 'single' || question.kind === 'multi',
  );
  const only = choiceQuestions.length === 1 ? choiceQuestions[0] : undefined;
  return only !== undefined && hasDigitKeys(only) ? only : undefined;
}

/**
 * The answer `question` has after pressing `digit`: the choice, or for a multiple choice question
 * the list with the option toggled (undefined once empty). Null when the digit picks nothing.
 */
export function answerForDigit(
  question: RubricQuestion,
  current: LabelValue | undefined,
  digit: string,
): { choice: RubricChoice; value: LabelValue | undefined } | null {
  const choice = choicesOf(question).find((candidate) => candidate.digit === digit);
  if (choice === undefined) {
    return null;
  }
  if (question.kind !== 'multi') {
    return { choice, value: choice.value };
  }
  const selected = Array.isArray(current) ? current : [];
  const id = String(choice.value);
  const next = selected.includes(id) ? selected.filter((item) => item !== id) : [...selected, id];
  return { choice, value: next.length > 0 ? next : undefined };
}
