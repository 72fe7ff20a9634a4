/**
 * What the edit changes, as <del>/<ins> runs under the editor. Diffing a 20 KB draft can take
 * longer than a keystroke, so it follows a deferred copy of the text: typing stays immediate
 * and the diff catches up when React has time.
 */
import { memo, useDeferredValue, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { diffTexts, editMetrics } from '../../../shared/text-diff';
import '../../styles/editor.css';

export interface DraftDiffProps {
  original: string;
  edited: string;
}

/** The diff panel with the number of changed characters. */
export const DraftDiff = memo(function DraftDiff({ original, edited }: DraftDiffProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const deferred = useDeferredValue(edited);
  const ops = useMemo(() => diffTexts(original, deferred), [original, deferred]);
  const metrics = useMemo(() => editMetrics(original, deferred), [original, deferred]);
  const stale = deferred !== edited;

  return (
    <section className="draft-diff" aria-labelledby={headingId} aria-busy={stale}>
      <h3 id={headingId} className="draft-diff-title">
        {t('editor.diff.title')}
      </h3>
      <p className="draft-diff-metrics">
        {metrics.exact
          ? t('editor.diff.changedCharacters', { count: metrics.charDistance })
          : t('editor.diff.changedCharactersEstimate', { count: metrics.charDistance })}
      </p>
      {metrics.changed ? (
        <div className="draft-diff-body" data-testid="draft-diff-body">
          {ops.map((op, index) => {
            // Index keys are right here: the list is rebuilt whole from each diff.
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
    </section>
  );
});
