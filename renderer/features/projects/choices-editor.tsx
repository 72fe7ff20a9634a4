/** The choices of a single- or multiple-choice question: add, edit and remove. */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ItemFields } from './item-fields';
import { newItem, type ItemDraft } from './settings-draft';

export interface ChoicesEditorProps {
  choices: readonly ItemDraft[];
  /** Where the question sits in the saved settings: `['rubric', 'questions', n]`. */
  path: readonly (string | number)[];
  onChange: (choices: ItemDraft[]) => void;
}

export function ChoicesEditor({ choices, path, onChange }: ChoicesEditorProps) {
  const { t } = useTranslation();
  const [addedKey, setAddedKey] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  const add = () => {
    const choice = newItem('choice', choices);
    setAddedKey(choice.key);
    onChange([...choices, choice]);
  };

  return (
    <fieldset className="projects-choices">
      <legend>{t('projects.settings.questions.choices')}</legend>
      <ol className="projects-items">
        {choices.map((choice, index) => (
          <li key={choice.key} className="projects-choice">
            <span className="projects-choice-number" aria-hidden="true">
              {index + 1}
            </span>
            <ItemFields
              item={choice}
              path={[...path, 'options', index]}
              autoFocus={choice.key === addedKey}
              onChange={(changed) =>
                onChange(choices.map((old, at) => (at === index ? changed : old)))
              }
            />
            <button
              type="button"
              className="button projects-remove"
              onClick={() => {
                onChange(choices.filter((_, at) => at !== index));
                addButton.current?.focus();
              }}
            >
              {t('projects.settings.questions.removeChoice', { number: index + 1 })}
            </button>
          </li>
        ))}
      </ol>
      <button ref={addButton} type="button" className="button" onClick={add}>
        {t('projects.settings.questions.addChoice')}
      </button>
    </fieldset>
  );
}
