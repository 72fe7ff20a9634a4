/**
 * What the edit changes, as <del>/<ins> runs under the editor. The diff is asked for once typing
 * pauses (PAUSE_MS) and computed off the UI thread (diff-client.ts), so a keystroke never waits
 * for it, nor for laying out a new diff of a 20 KB draft: the panel keeps the last answer and is
 * marked busy until the newer one arrives. Long unchanged runs are folded and long changes cut
 * short (diff-view.ts), so a 1 MB draft's diff draws a few lines, not the draft.
 */
import { memo, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import '../../styles/editor.css';
import { diffClient } from './diff-client';
import type { DiffResult } from './diff-job';
import { foldDiff } from './diff-view';

export interface DraftDiffProps {
  original: string;
  edited: string;
}

/** How long typing must pause before the diff is brought up to date. */
export const PAUSE_MS = 250;

interface Answer extends DiffResult {
  original: string;
  edited: string;
}

/** The diff panel with the number of changed characters. */
export const DraftDiff = memo(function DraftDiff({ original, edited }: DraftDiffProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const answered = useRef(false);

  useEffect(() => {
    let live = true;
    const ask = () =>
      void diffClient()
        .request(original, edited)
        .then((result) => {
          if (live && result !== null) {
            setAnswer({ ...result, original, edited });
          }
        });
    // The first diff (the editor just opened) is asked for at once; later ones on a pause.
    const timer = setTimeout(ask, answered.current ? PAUSE_MS : 0);
    answered.current = true;
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [original, edited]);

  const stale = answer === null || answer.original !== original || answer.edited !== edited;
  // Until the first answer: nothing changed is the truth when the text is the original.
  const shown = answer?.original === original ? answer : null;

  return (
    <section className="draft-diff" aria-labelledby={headingId} aria-busy={stale}>
      <h3 id={headingId} className="draft-diff-title">
        {t('editor.diff.title')}
      </h3>
      {shown === null ? (
        <p className="draft-diff-none">
          {edited === original ? t('editor.diff.none') : t('editor.diff.computing')}
        </p>
      ) : (
        <>
          <p className="draft-diff-metrics">
            {shown.metrics.exact
              ? t('editor.diff.changedCharacters', { count: shown.metrics.charDistance })
              : t('editor.diff.changedCharactersEstimate', { count: shown.metrics.charDistance })}
          </p>
          {shown.metrics.changed ? (
            <div className="draft-diff-body" data-testid="draft-diff-body">
              {foldDiff(shown.ops).map((op, index) => {
                // Index keys are right here: the list is rebuilt whole from each diff.
                if (op.kind === 'fold') {
                  return (
                    <span key={index} className={`draft-diff-fold draft-diff-fold-${op.of}`}>
                      {t(`editor.diff.fold.${op.of}`, {
                        count: op.hidden,
                        number: formatCount(language, op.hidden),
                      })}
                    </span>
                  );
                }
                if (op.kind === 'insert') {
                  return <ins key={index}>{op.text}</ins>;
                }
                if (op.kind === 'delete') {
                  return <del key={index}>{op.text}</del>;
                }
                return <span key={index}>{op.text}</span>;
              })}
            </div>
          ) : (
            <p className="draft-diff-none">{t('editor.diff.none')}</p>
          )}
        </>
      )}
    </section>
  );
});
