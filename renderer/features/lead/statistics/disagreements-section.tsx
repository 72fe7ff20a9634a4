/**
 * The drafts the deciders disagreed on — reviewers among themselves, or the judge against the
 * final human call — filterable by kind, reviewer and model version, and exportable as JSON
 * Lines (built in the worker from the drafts it holds) to align a judge on. The list itself
 * stays in the worker: the section gets a digest (count, filter values, first rows) with the
 * run, and asks for another when its own filters change.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Disagreement, DisagreementFilters } from '../../../../shared/stats/disagreements';
import { useLanguage } from '../../../i18n/use-language';
import type { DisagreementDigest } from '../../../stores/lead/statistics/statistics-protocol';
import { DISAGREEMENTS_SHOWN as SHOWN } from '../../../stores/lead/statistics/statistics-protocol';
import { useTeamLabel } from '../reviewer-names';
import { formatInteger, promptVersionLabel } from './statistics-format';

export interface DisagreementsSectionProps {
  /** The run's digest: every disagreement counted, the first rows. */
  disagreements: DisagreementDigest;
  /** The digest for the section's own filters (asked of the worker). */
  query: (filters: DisagreementFilters) => Promise<DisagreementDigest>;
  onExport: (filters: DisagreementFilters) => Promise<void>;
}

export function DisagreementsSection({
  disagreements,
  query,
  onExport,
}: DisagreementsSectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const nameOf = useTeamLabel();
  const [kind, setKind] = useState('');
  const [reviewer, setReviewer] = useState('');
  const [modelVersion, setModelVersion] = useState('');
  const [busy, setBusy] = useState(false);
  const kindId = useId();
  const reviewerId = useId();
  const modelId = useId();

  const filters: DisagreementFilters = useMemo(
    () => ({
      ...(kind !== '' ? { kinds: [kind as Disagreement['kind']] } : {}),
      ...(reviewer !== '' ? { reviewers: [reviewer] } : {}),
      ...(modelVersion !== '' ? { modelVersions: [modelVersion] } : {}),
    }),
    [kind, reviewer, modelVersion],
  );
  const filtered = Object.keys(filters).length > 0;
  // The answer for the section's filters, with the run's digest it was asked against.
  const [answer, setAnswer] = useState<{ of: DisagreementDigest; digest: DisagreementDigest }>();
  useEffect(() => {
    if (!filtered) {
      return undefined;
    }
    let current = true;
    query(filters)
      .then((digest) => current && setAnswer({ of: disagreements, digest }))
      .catch(() => undefined); // the run's own error shows on the screen
    return () => {
      current = false;
    };
  }, [filtered, filters, query, disagreements]);
  const digest = !filtered
    ? disagreements
    : answer?.of === disagreements
      ? answer.digest
      : { ...disagreements, count: 0, rows: [] };
  const shown = digest.rows;
  const { reviewers, modelVersions: models } = disagreements;

  const describe = (item: Disagreement) =>
    item.kind === 'reviewers'
      ? item.calls
          .map((call) => `${nameOf(call.reviewerId)}: ${t(`statistics.verdicts.${call.verdict}`)}`)
          .join(' · ')
      : t('statistics.disagreements.judgeVsHuman', {
          verdict: item.judge.verdict,
          decision: t(`statistics.human.${item.humanDecision}`),
        });

  return (
    <section className="stats-section" aria-labelledby="stats-disagreements">
      <h3 id="stats-disagreements">{t('statistics.disagreements.title')}</h3>
      <div className="stats-disagreement-filters stats-no-print">
        <div className="stats-field">
          <label htmlFor={kindId}>{t('statistics.disagreements.kind')}</label>
          <select id={kindId} value={kind} onChange={(event) => setKind(event.target.value)}>
            <option value="">{t('statistics.filters.all')}</option>
            <option value="reviewers">{t('statistics.disagreements.kinds.reviewers')}</option>
            <option value="judge">{t('statistics.disagreements.kinds.judge')}</option>
          </select>
        </div>
        <div className="stats-field">
          <label htmlFor={reviewerId}>{t('statistics.filters.reviewer')}</label>
          <select
            id={reviewerId}
            value={reviewer}
            onChange={(event) => setReviewer(event.target.value)}
          >
            <option value="">{t('statistics.filters.all')}</option>
            {reviewers.map((value) => (
              <option key={value} value={value}>
                {nameOf(value)}
              </option>
            ))}
          </select>
        </div>
        <div className="stats-field">
          <label htmlFor={modelId}>{t('statistics.filters.modelVersion')}</label>
          <select
            id={modelId}
            value={modelVersion}
            onChange={(event) => setModelVersion(event.target.value)}
          >
            <option value="">{t('statistics.filters.all')}</option>
            {models.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button stats-no-print"
          disabled={busy || digest.count === 0}
          onClick={() => {
            setBusy(true);
            void onExport(filters).finally(() => setBusy(false));
          }}
        >
          {t('statistics.disagreements.export')}
        </button>
      </div>
      <p className="muted" role="status">
        {t('statistics.disagreements.count', {
          count: digest.count,
          shown: formatInteger(language, Math.min(digest.count, SHOWN)),
        })}
      </p>
      {shown.length > 0 && (
        <table className="chart-table stats-disagreements">
          <thead>
            <tr>
              <th scope="col">{t('statistics.disagreements.kind')}</th>
              <th scope="col">{t('statistics.filters.project')}</th>
              <th scope="col">{t('statistics.disagreements.draft')}</th>
              <th scope="col">{t('statistics.filters.modelVersion')}</th>
              <th scope="col">{t('statistics.filters.promptVersion')}</th>
              <th scope="col">{t('statistics.disagreements.calls')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((item) => (
              <tr key={`${item.kind}\u0000${item.projectId}\u0000${item.draftId}`}>
                <td>{t(`statistics.disagreements.kinds.${item.kind}`)}</td>
                <td>{item.projectId}</td>
                <th scope="row">{item.draftId}</th>
                <td>{item.modelVersion}</td>
                <td>{promptVersionLabel(t, item.promptVersion)}</td>
                <td
                  title={
                    item.kind === 'reviewers'
                      ? item.calls.map((call) => call.reviewerId).join(' · ')
                      : undefined
                  }
                >
                  {describe(item)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
