/** The id and the two labels (English, Chinese) of a question, a choice or an escalation reason. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemDraft, LabelDraft } from './settings-draft';
import { useRefused } from './settings-problems';

export interface ItemFieldsProps {
  item: ItemDraft;
  /** Where the item sits in the saved settings, e.g. `['escalationReasons', 0]`. */
  path: readonly (string | number)[];
  onChange: (item: ItemDraft) => void;
  /** Focuses the English label on mount (a newly added item). */
  autoFocus?: boolean;
}

export function ItemFields({ item, path, onChange, autoFocus = false }: ItemFieldsProps) {
  const { t } = useTranslation();
  const ids = { id: useId(), en: useId(), zh: useId() };
  const refused = {
    id: useRefused([...path, 'id']),
    en: useRefused([...path, 'label', 'en']),
    zh: useRefused([...path, 'label', 'zh-TW']),
  };
  const setLabel = (language: keyof LabelDraft, text: string) =>
    onChange({ ...item, label: { ...item.label, [language]: text } });

  return (
    <div className="projects-item-fields">
      <div className="projects-field projects-field-id">
        <label htmlFor={ids.id}>{t('projects.settings.id')}</label>
        <input
          id={ids.id}
          value={item.id}
          readOnly={item.idFixed}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={refused.id || undefined}
          onChange={(event) => onChange({ ...item, id: event.target.value })}
        />
      </div>
      <div className="projects-field">
        <label htmlFor={ids.en}>{t('projects.settings.labelEn')}</label>
        <input
          id={ids.en}
          lang="en"
          value={item.label.en}
          autoFocus={autoFocus}
          aria-invalid={refused.en || undefined}
          onChange={(event) => setLabel('en', event.target.value)}
        />
      </div>
      <div className="projects-field">
        <label htmlFor={ids.zh}>{t('projects.settings.labelZh')}</label>
        <input
          id={ids.zh}
          lang="zh-TW"
          value={item.label['zh-TW']}
          aria-invalid={refused.zh || undefined}
          onChange={(event) => setLabel('zh-TW', event.target.value)}
        />
      </div>
    </div>
  );
}
