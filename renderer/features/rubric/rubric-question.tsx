/** One rubric question as a native form control group (radios, checkboxes or a textarea). */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabelValue } from '../../../shared/domain/decision-event';
import type { RubricQuestion } from '../../../shared/domain/draft-schema';
import { localized } from './localized';
import { choicesOf, type RubricChoice } from './rubric-keys';

export interface RubricQuestionFieldProps {
  question: RubricQuestion;
  value: LabelValue | undefined;
  onChange: (value: LabelValue | undefined) => void;
  /** Marked after a decision was refused because this required question is open. */
  invalid: boolean;
  /** True when digit keys answer this question now: each option shows its digit. */
  digitKeys?: boolean;
}

/**
 * The option's text, with its digit key when digits answer the question. A rating point whose
 * digit is its own value is drawn as a key cap instead of repeating the number; the hint is
 * hidden from assistive tech, which reads `aria-keyshortcuts` on the input instead, so the
 * option's name stays its text.
 */
function ChoiceText({ choice, showDigit }: { choice: RubricChoice; showDigit: boolean }) {
  if (!showDigit || choice.digit === undefined) {
    return <span>{choice.text}</span>;
  }
  if (choice.digit === choice.text) {
    return <span className="rubric-key rubric-key-cap">{choice.text}</span>;
  }
  return (
    <>
      <kbd className="rubric-key" aria-hidden="true">
        {choice.digit}
      </kbd>
      <span>{choice.text}</span>
    </>
  );
}

/** A question of any kind; native inputs give arrow-key and screen-reader behaviour for free. */
export function RubricQuestionField({
  question,
  value,
  onChange,
  invalid,
  digitKeys = false,
}: RubricQuestionFieldProps) {
  const { t, i18n } = useTranslation();
  const name = useId();
  const label = localized(question.label, i18n.language);
  const legend = (
    <legend>
      {label}
      {question.required ? <span className="rubric-required"> {t('rubric.required')}</span> : null}
    </legend>
  );

  if (question.kind === 'text') {
    return (
      <div className="rubric-question" data-question-id={question.id}>
        <label htmlFor={name} className="rubric-text-label">
          {label}
          {question.required ? (
            <span className="rubric-required"> {t('rubric.required')}</span>
          ) : null}
        </label>
        <textarea
          id={name}
          rows={2}
          value={typeof value === 'string' ? value : ''}
          aria-invalid={invalid || undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
    );
  }

  const choices = choicesOf(question, (option) => localized(option.label, i18n.language));

  const selected = (choice: LabelValue) =>
    Array.isArray(value) ? value.includes(String(choice)) : value === choice;

  const toggle = (choice: LabelValue, checked: boolean) => {
    if (question.kind !== 'multi') {
      onChange(choice);
      return;
    }
    const current = Array.isArray(value) ? value : [];
    const next = checked ? [...current, String(choice)] : current.filter((id) => id !== choice);
    onChange(next.length > 0 ? next : undefined);
  };

  return (
    <fieldset
      className={`rubric-question rubric-${question.kind}`}
      data-question-id={question.id}
      data-digit-keys={digitKeys || undefined}
      aria-invalid={invalid || undefined}
    >
      {legend}
      <div className="rubric-choices">
        {choices.map((choice) => (
          <label key={choice.key} className="rubric-choice">
            <input
              type={question.kind === 'multi' ? 'checkbox' : 'radio'}
              name={name}
              value={choice.key}
              checked={selected(choice.value)}
              aria-keyshortcuts={digitKeys ? choice.digit : undefined}
              onChange={(event) => toggle(choice.value, event.target.checked)}
            />
            <ChoiceText choice={choice} showDigit={digitKeys} />
          </label>
        ))}
      </div>
    </fieldset>
  );
}
