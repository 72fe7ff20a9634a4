/**
 * The project's rubric under the draft. The answers live with the caller (the review screen),
 * which resets them per draft and passes them to approve/edit as `labels`.
 */
import { useState, type FocusEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Labels, LabelValue } from '../../../shared/domain/decision-event';
import type { RubricQuestion } from '../../../shared/domain/draft-schema';
import '../../styles/rubric.css';
import { localized } from './localized';
import { digitTarget } from './rubric-keys';
import { RubricQuestionField } from './rubric-question';

export interface RubricFormProps {
  questions: readonly RubricQuestion[];
  answers: Labels;
  onAnswer: (questionId: string, value: LabelValue | undefined) => void;
  /** Required questions a refused decision found open; empty when nothing was refused. */
  missing: readonly RubricQuestion[];
  ref?: Ref<HTMLElement>;
}

/** Renders every question; shows which required ones block a decision and which digits answer. */
export function RubricForm({ questions, answers, onAnswer, missing, ref }: RubricFormProps) {
  const { t, i18n } = useTranslation();
  // The question holding focus: digits answer it, so its options show the digit keys.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  if (questions.length === 0) {
    return null;
  }
  const missingIds = new Set(missing.map((question) => question.id));
  const keyed = digitTarget(questions, answers, focusedId);
  const onFocus = (event: FocusEvent<HTMLElement>) =>
    setFocusedId(questionIdAt(event.currentTarget, event.target) ?? null);
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (
      !(event.relatedTarget instanceof Node) ||
      !event.currentTarget.contains(event.relatedTarget)
    ) {
      setFocusedId(null);
    }
  };
  return (
    <section
      className="rubric"
      aria-labelledby="rubric-title"
      ref={ref}
      onFocus={onFocus}
      onBlur={onBlur}
    >
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
          digitKeys={keyed?.id === question.id}
          onChange={(value) => onAnswer(question.id, value)}
        />
      ))}
    </section>
  );
}

/** The rendered element of `questionId` inside a rubric (ids are compared, never put in CSS). */
function questionElement(rubric: HTMLElement | null, questionId: string): HTMLElement | undefined {
  return [...(rubric?.querySelectorAll<HTMLElement>('[data-question-id]') ?? [])].find(
    (element) => element.dataset.questionId === questionId,
  );
}

/** The id of the question `target` sits in, when it sits inside `rubric`. */
export function questionIdAt(rubric: HTMLElement | null, target: EventTarget | null) {
  if (rubric === null || !(target instanceof Element) || !rubric.contains(target)) {
    return undefined;
  }
  return target.closest<HTMLElement>('[data-question-id]')?.dataset.questionId;
}

/**
 * Brings `questionId` into view and focuses its control: the chosen option, else the first one,
 * else its text box, so arrows, digits or typing answer it at once.
 */
export function focusQuestion(rubric: HTMLElement | null, questionId: string): void {
  const question = questionElement(rubric, questionId);
  if (question === undefined) {
    return;
  }
  // Centred, so the question is not hidden under the decision bar; jsdom has no scrollIntoView.
  if (typeof question.scrollIntoView === 'function') {
    question.scrollIntoView({ block: 'center' });
  }
  const control =
    question.querySelector<HTMLElement>('input:checked') ??
    question.querySelector<HTMLElement>('input, textarea');
  control?.focus({ preventScroll: true });
}

/** Focuses the option of `questionId` whose input value is `choiceKey`. */
export function focusChoice(rubric: HTMLElement | null, questionId: string, choiceKey: string) {
  const inputs = questionElement(rubric, questionId)?.querySelectorAll('input') ?? [];
  [...inputs].find((input) => input.value === choiceKey)?.focus();
}
