/** The project's reviewer guidelines, shown on demand beside the review (toggled by a button). */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SafeMarkdown } from '../markdown/safe-markdown';
import '../../styles/guidelines.css';

export interface GuidelinesPanelProps {
  /** Markdown from the project; rendered only through SafeMarkdown (DESIGN.md, Security). */
  guidelines: string;
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
          {guidelines.trim() === '' ? (
            <p className="muted">{t('guidelines.empty')}</p>
          ) : (
            <SafeMarkdown source={guidelines} headingBase={3} />
          )}
        </section>
      ) : null}
    </div>
  );
}
