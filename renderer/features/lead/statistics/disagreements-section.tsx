/**
 * The drafts the deciders disagreed on — reviewers among themselves, or the judge against the
 * final human call — filterable by kind, reviewer and model version, and exportable as JSON
 * Lines (built in the worker from the drafts it holds) to align a judge on.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Disagreement, DisagreementFilters } from '../../../../shared/stats/disagreements';
import { filterDisagreements } from '../../../../shared/stats/disagreements';
import { compareKeys } from '../../../../shared/stats/decision-counts';
import { useLanguage } from '../../../i18n/use-language';
import { formatInteger, promptVersionLabel } from './statistics-format';

/** Rows drawn at once: the export holds them all. */
const SHOWN = 200;

export interface DisagreementsSectionProps {
  disagreements: Disagreement[];
  onExport: (filters: DisagreementFilters) => Promise<void>;
}

const distinct = (values: string[]) => [...new Set(values)].sort(compareKeys);

export function DisagreementsSection({ disagreements, onExport }: DisagreementsSectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
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
  const shown = useMemo(
    () => filterDisagreements(disagreements, filters),
    [disagreements, filters],
  );
  const reviewers = distinct(disagreements.flatMap((item) => item.reviewerIds));
  const models = distinct(disagreements.map((item) => item.modelVersion));

  const describe = (item: Disagreement) =>
    item.kind === 'reviewers'
      ? item.calls
          .map((call) => `${call.reviewerId}: ${t(`statistics.verdicts.${call.verdict}`)}`)
          .join(' · ')
      : t('statistics.disagreements.judgeVsHuman', {
          verdict: item.judge.verdict,
          decision: t(`statistics.human.${item.humanDecision}`),
        });

  return (
    <section className="stats-section" aria-labelledby="stats-disagreements">
      <h3 id="stats-disagreements">{t('statistics.disagreements.title')}</h3>
      <div className="stats-disagreement-filters">
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
              <option key={value}>{value}</option>
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
          disabled={busy || shown.length === 0}
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
          count: shown.length,
          shown: formatInteger(language, Math.min(shown.length, SHOWN)),
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
            {shown.slice(0, SHOWN).map((item) => (
              <tr key={`${item.kind}\u0000${item.projectId}\u0000${item.draftId}`}>
                <td>{t(`statistics.disagreements.kinds.${item.kind}`)}</td>
                <td>{item.projectId}</td>
                <th scope="row">{item.draftId}</th>
                <td>{item.modelVersion}</td>
                <td>{promptVersionLabel(t, item.promptVersion)}</td>
                <td>{describe(item)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
