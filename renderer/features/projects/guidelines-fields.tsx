/**
 * The guidelines in English and in Traditional Chinese, one markdown field each (either may be
 * left empty: reviewers in that language are then shown the other, with a note saying so).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  GUIDELINES_LANGUAGES,
  type GuidelinesLanguage,
  type LocalizedGuidelines,
} from '../../../shared/domain/guidelines';
import { useRefused } from './settings-problems';

export interface GuidelinesFieldsProps {
  value: LocalizedGuidelines;
  /** Read-only, the fields stay focusable so the guidelines can be scrolled and read. */
  readOnly: boolean;
  onChange: (value: LocalizedGuidelines) => void;
}

export function GuidelinesFields({ value, readOnly, onChange }: GuidelinesFieldsProps) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <fieldset className="projects-field projects-guidelines" aria-describedby={hintId}>
      <legend>{t('projects.settings.guidelines')}</legend>
      <p id={hintId} className="projects-hint">
        {t('projects.settings.guidelinesHint')}
      </p>
      {GUIDELINES_LANGUAGES.map((language) => (
        <GuidelinesField
          key={language}
          language={language}
          value={value[language]}
          readOnly={readOnly}
          onChange={(text) => onChange({ ...value, [language]: text })}
        />
      ))}
    </fieldset>
  );
}

interface GuidelinesFieldProps {
  language: GuidelinesLanguage;
  value: string;
  readOnly: boolean;
  onChange: (value: string) => void;
}

function GuidelinesField({ language, value, readOnly, onChange }: GuidelinesFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const refused = useRefused(['guidelines', language]);
  return (
    <div className="projects-guidelines-language">
      <label htmlFor={id}>{t(`projects.settings.guidelinesIn.${language}`)}</label>
      <textarea
        id={id}
        lang={language}
        rows={8}
        value={value}
        readOnly={readOnly}
        spellCheck={false}
        aria-invalid={refused || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
