/** One rubric question as a native form control group (radios, checkboxes or a textarea). */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabelValue } from '../../../shared/domain/decision-event';
import type { RubricQuestion } from '../../../shared/domain/draft-schema';
import { localized } from './localized';

export interface RubricQuestionFieldProps {
  question: RubricQuestion;
  value: LabelValue | undefined;
  onChange: (value: LabelValue | undefined) => void;
  /** Marked after a decision was refused because this required question is open. */
  invalid: boolean;
}

const range = (min: number, max: number) =>
  Array.from({ length: max - min + 1 }, (_, index) => min + index);

/** A question of any kind; native inputs give arrow-key and screen-reader behaviour for free. */
export function RubricQuestionField({
  question,
  value,
  onChange,
  invalid,
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

  const choices =
    question.kind === 'rating'
      ? range(question.scale?.min ?? 1, question.scale?.max ?? 5).map((n) => ({
          key: String(n),
          text: String(n),
          value: n,
        }))
      : (question.options ?? []).map((option) => ({
          key: option.id,
          text: localized(option.label, i18n.language),
          value: option.id,
        }));

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
              onChange={(event) => toggle(choice.value, event.target.checked)}
            />
            <span>{choice.text}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
