/** The note above the part editor: the long text is edited in parts, and saved whole. */
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';

export function LongEditNote({ characters, parts }: { characters: number; parts: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <p className="draft-editor-long" role="note">
      {t('editor.longText', {
        characters: formatCount(language, characters),
        parts: formatCount(language, parts),
        count: parts,
      })}
    </p>
  );
}
