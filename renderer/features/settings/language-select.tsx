/** The language switch; the choice is persisted and the native menu follows it. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languageSchema } from '../../../shared/ipc/contract';
import { selectLanguage, selectSetLanguage } from '../../stores/settings/settings-selectors';
import { useSettingsStore } from '../../stores/settings/settings-store';

export function LanguageSelect() {
  const { t } = useTranslation();
  const id = useId();
  const language = useSettingsStore(selectLanguage);
  const setLanguage = useSettingsStore(selectSetLanguage);
  return (
    <div className="field">
      <label htmlFor={id}>{t('settings.language.label')}</label>
      <select
        id={id}
        value={language}
        onChange={(event) => {
          const parsed = languageSchema.safeParse(event.target.value);
          if (parsed.success) {
            void setLanguage(parsed.data);
          }
        }}
      >
        {/* Each language is named in itself, and marked so screen readers pronounce it right. */}
        <option value="en" lang="en">
          {t('settings.language.en')}
        </option>
        <option value="zh-TW" lang="zh-TW">
          {t('settings.language.zh-TW')}
        </option>
      </select>
    </div>
  );
}
