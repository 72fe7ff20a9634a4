/** The project's escalation reasons: add, edit (id while unsaved, both labels) and remove. */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ItemFields } from './item-fields';
import { newItem, type ItemDraft } from './settings-draft';

export interface ReasonsEditorProps {
  reasons: readonly ItemDraft[];
  onChange: (reasons: ItemDraft[]) => void;
}

export function ReasonsEditor({ reasons, onChange }: ReasonsEditorProps) {
  const { t } = useTranslation();
  const [addedKey, setAddedKey] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  const add = () => {
    const reason = newItem('reason', reasons);
    setAddedKey(reason.key);
    onChange([...reasons, reason]);
  };
  const remove = (index: number) => {
    onChange(reasons.filter((_, at) => at !== index));
    // The pressed button is gone; the list's own button is the next sensible place.
    addButton.current?.focus();
  };

  return (
    <fieldset className="projects-group">
      <legend>{t('projects.settings.reasons.title')}</legend>
      {reasons.length === 0 ? (
        <p className="projects-hint">{t('projects.settings.reasons.none')}</p>
      ) : (
        <ol className="projects-items">
          {reasons.map((reason, index) => (
            <li key={reason.key}>
              <fieldset className="projects-item projects-reason">
                <legend>{t('projects.settings.reasons.item', { number: index + 1 })}</legend>
                <ItemFields
                  item={reason}
                  path={['escalationReasons', index]}
                  autoFocus={reason.key === addedKey}
                  onChange={(changed) =>
                    onChange(reasons.map((old, at) => (at === index ? changed : old)))
                  }
                />
                <button
                  type="button"
                  className="button projects-remove"
                  onClick={() => remove(index)}
                >
                  {t('projects.settings.reasons.remove', { number: index + 1 })}
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
      )}
      <button ref={addButton} type="button" className="button" onClick={add}>
        {t('projects.settings.reasons.add')}
      </button>
    </fieldset>
  );
}
