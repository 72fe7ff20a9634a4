/**
 * The project's reviewer guidelines, shown on demand beside the review (toggled by a button), in
 * the reviewer's language; when the project has none in it, in the other language under a note
 * that says so (issue 12, point 18).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { guidelinesToShow, type Guidelines } from '../../../shared/domain/guidelines';
import { useLanguage } from '../../i18n/use-language';
import { SafeMarkdown } from '../../components/markdown/safe-markdown';
import '../../styles/guidelines.css';

export interface GuidelinesPanelProps {
  /** Markdown from the project; rendered only through SafeMarkdown (DESIGN.md, Security). */
  guidelines: Guidelines;
}

/** A disclosure: the button says whether the guidelines are open and controls their region. */
export function GuidelinesPanel({ guidelines }: GuidelinesPanelProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const regionId = useId();
  return (
    <div className="guidelines">
      <button
        type="button"
        className="button button-quiet"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => setOpen((value) => !value)}
      >
        {open ? t('guidelines.hide') : t('guidelines.show')}
      </button>
      {open ? (
        <section id={regionId} className="guidelines-body" aria-label={t('guidelines.title')}>
          <GuidelinesText guidelines={guidelines} />
        </section>
      ) : null}
    </div>
  );
}

function GuidelinesText({ guidelines }: GuidelinesPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const shown = guidelinesToShow(guidelines, language);
  if (shown.kind === 'none') {
    return <p className="muted">{t('guidelines.empty')}</p>;
  }
  return (
    <>
      {shown.fallback ? (
        <p className="guidelines-fallback">
          {t('guidelines.fallback', {
            wanted: t(`guidelines.languageNames.${language}`),
            shown: t(`guidelines.languageNames.${shown.language}`),
          })}
        </p>
      ) : null}
      {/* The text's own language, so it is read aloud and hyphenated as what it is. */}
      <div lang={shown.language}>
        <SafeMarkdown source={shown.text} headingBase={3} />
      </div>
    </>
  );
}
