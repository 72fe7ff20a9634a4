/**
 * One rubric question: id and labels, the kind of answer, whether it is required, and the
 * choices or the rating scale its kind has; buttons to move it up or down and to remove it.
 */
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoicesEditor } from './choices-editor';
import { ItemFields } from './item-fields';
import { QUESTION_KINDS, withKind, type QuestionDraft, type QuestionKind } from './settings-draft';
import { useRefused } from './settings-problems';

export interface QuestionEditorProps {
  question: QuestionDraft;
  index: number;
  count: number;
  onChange: (question: QuestionDraft) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  /** A newly added question: its English label takes focus. */
  added: boolean;
  /**
   * Set (a new object each time) right after this question was moved: the move button that was
   * pressed takes focus again, since the question moved with it.
   */
  focusMove: { by: -1 | 1 } | null;
}

export function QuestionEditor(props: QuestionEditorProps) {
  const { question, index, count, onChange, onMove, onRemove, added, focusMove } = props;
  const { t } = useTranslation();
  const ids = { kind: useId(), required: useId(), min: useId(), max: useId() };
  const path = ['rubric', 'questions', index] as const;
  const scaleRefused = useRefused([...path, 'scale']);
  const number = index + 1;
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusMove === null) {
      return;
    }
    // At either end the pressed button is now disabled: the other one keeps focus in the item.
    const preferred = focusMove.by === -1 ? up.current : down.current;
    const other = focusMove.by === -1 ? down.current : up.current;
    (preferred?.disabled === false ? preferred : other)?.focus();
  }, [focusMove]);

  const setScale = (end: 'min' | 'max', typed: string) =>
    onChange({ ...question, scale: { ...question.scale, [end]: typed } });

  return (
    <fieldset className="projects-item projects-question">
      <legend>{t('projects.settings.questions.item', { number })}</legend>
      <ItemFields
        item={question}
        path={path}
        autoFocus={added}
        onChange={(item) => onChange({ ...question, ...item })}
      />
      <div className="projects-question-kind">
        <div className="projects-field">
          <label htmlFor={ids.kind}>{t('projects.settings.questions.kind')}</label>
          <select
            id={ids.kind}
            value={question.kind}
            onChange={(event) => onChange(withKind(question, event.target.value as QuestionKind))}
          >
            {QUESTION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`projects.settings.questions.kinds.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <label className="projects-check" htmlFor={ids.required}>
          <input
            id={ids.required}
            type="checkbox"
            checked={question.required}
            onChange={(event) => onChange({ ...question, required: event.target.checked })}
          />
          {t('projects.settings.questions.required')}
        </label>
        {question.kind === 'rating' ? (
          <>
            <div className="projects-field projects-field-number">
              <label htmlFor={ids.min}>{t('projects.settings.questions.scaleMin')}</label>
              <input
                id={ids.min}
                inputMode="numeric"
                value={question.scale.min}
                aria-invalid={scaleRefused || undefined}
                onChange={(event) => setScale('min', event.target.value)}
              />
            </div>
            <div className="projects-field projects-field-number">
              <label htmlFor={ids.max}>{t('projects.settings.questions.scaleMax')}</label>
              <input
                id={ids.max}
                inputMode="numeric"
                value={question.scale.max}
                aria-invalid={scaleRefused || undefined}
                onChange={(event) => setScale('max', event.target.value)}
              />
            </div>
          </>
        ) : null}
      </div>
      {question.kind === 'single' || question.kind === 'multi' ? (
        <ChoicesEditor
          choices={question.options}
          path={path}
          onChange={(options) => onChange({ ...question, options })}
        />
      ) : null}
      <div className="projects-item-actions">
        <button
          ref={up}
          type="button"
          className="button"
          disabled={index === 0}
          onClick={() => onMove(-1)}
        >
          {t('projects.settings.questions.moveUp', { number })}
        </button>
        <button
          ref={down}
          type="button"
          className="button"
          disabled={index === count - 1}
          onClick={() => onMove(1)}
        >
          {t('projects.settings.questions.moveDown', { number })}
        </button>
        <button type="button" className="button projects-remove" onClick={onRemove}>
          {t('projects.settings.questions.remove', { number })}
        </button>
      </div>
    </fieldset>
  );
}
