/**
 * A label filter as the reviewer knows it: "Tone: Polite" in the interface language, from the
 * projects' rubrics; the bare ids where no rubric names them (a question since removed).
 */
import type { RubricQuestion } from '../../../shared/domain/draft-schema';
import { localized } from '../rubric/localized';

export function labelFilterText(
  questions: readonly RubricQuestion[],
  questionId: string,
  value: string,
  language: string,
): string {
  const question = questions.find((candidate) => candidate.id === questionId);
  if (question === undefined) {
    return `${questionId}: ${value}`;
  }
  const option = question.options?.find((candidate) => candidate.id === value);
  const answer = option === undefined ? value : localized(option.label, language);
  return `${localized(question.label, language)}: ${answer}`;
}
