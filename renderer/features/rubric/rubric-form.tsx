/**
 * The project's rubric under the draft. The answers live with the caller (the review screen),
 * which resets them per draft and passes them to approve/edit as `labels`.
 */
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Labels, LabelValue } from '../../../shared/domain/decision-event';
import type { RubricQuestion } from '../../../shared/domain/draft-schema';
import '../../styles/rubric.css';
import { localized } from './localized';
import { RubricQuestionField } from './rubric-question';

export interface RubricFormProps {
  questions: readonly RubricQuestion[];
  answers: Labels;
  onAnswer: (questionId: string, value: LabelValue | undefined) => void;
  /** Required questions a refused decision found open; empty when nothing was refused. */
  missing: readonly RubricQuestion[];
  ref?: Ref<HTMLElement>;
}

/** Renders every question; shows which required ones block a decision. */
export function RubricForm({ questions, answers, onAnswer, missing, ref }: RubricFormProps) {
  const { t, i18n } = useTranslation();
  if (questions.length === 0) {
    return null;
  }
  const missingIds = new Set(missing.map((question) => question.id));
  return (
    <section className="rubric" aria-labelledby="rubric-title" ref={ref}>
      <h2 id="rubric-title" className="pane-title">
        {t('rubric.title')}
      </h2>
      {missing.length > 0 ? (
        <p className="rubric-missing" role="alert">
          {t('rubric.missing', {
            questions: missing
              .map((q) => localized(q.label, i18n.language))
              .join(t('rubric.listSeparator')),
          })}
        </p>
      ) : null}
      {questions.map((question) => (
        <RubricQuestionField
          key={question.id}
          question={question}
          value={answers[question.id]}
          invalid={missingIds.has(question.id)}
          onChange={(value) => onAnswer(question.id, value)}
        />
      ))}
    </section>
  );
}

/** Moves focus to the first control of `questionId` inside a rendered rubric. */
export function focusQuestion(rubric: HTMLElement | null, questionId: string): void {
  rubric
    ?.querySelector<HTMLElement>(
      `[data-question-id="${questionId}"] input, [data-question-id="${questionId}"] textarea`,
    )
    ?.focus();
}
