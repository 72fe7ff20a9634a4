/**
 * The lead's statistics screen (issue 14 points 4–6): filters, headline numbers, the charts
 * (each with a table view), reviewer agreement, the judge against the humans, the
 * disagreements, and the report exports. Every number comes from the statistics worker
 * (stores/lead/statistics/stats.worker.ts); this screen only draws the newest result.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStatisticsStore } from '../../../stores/lead/statistics/statistics-store';
import '../../../styles/statistics.css';
import '../../../styles/statistics-print.css';
import { ProjectAuditSection } from '../audit/project-audit-section';
import { AgreementSection } from './agreement-section';
import { DisagreementsSection } from './disagreements-section';
import { JudgeSection } from './judge-section';
import { ReportActions } from './report-actions';
import { saveStatisticsFile } from '../../../stores/lead/statistics/statistics-save';
import { selectNameOf, useTeamStore } from '../../../stores/lead/team-store';
import { describeFilters } from './statistics-report';
import { StatisticsChartsSection } from './statistics-charts-section';
import { StatisticsFilterBar } from './statistics-filter-bar';
import { StatisticsSummary } from './statistics-summary';

export function StatisticsScreen() {
  const { t } = useTranslation();
  const { status, form, statistics, choices, error } = useStatisticsStore();
  const nameOf = useTeamStore(selectNameOf);
  const { open, close, setForm, resetForm, disagreementsJsonl, queryDisagreements } =
    useStatisticsStore.getState();

  useEffect(() => {
    open();
    return close;
  }, [open, close]);

  return (
    <section
      className="stats-screen"
      aria-labelledby="stats-title"
      aria-busy={status === 'loading'}
    >
      <div className="stats-top">
        <h2 id="stats-title" className="stats-title">
          {t('statistics.title')}
        </h2>
        {statistics !== null && <ReportActions statistics={statistics} />}
      </div>
      <StatisticsFilterBar form={form} choices={choices} onChange={setForm} onReset={resetForm} />
      {statistics !== null && (
        // The filters in words: printed on the report, as the CSV and XLSX carry them.
        <ul className="stats-print-filters">
          {describeFilters(t, statistics.filters, nameOf).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <p role="status" className="muted stats-status">
        {status === 'loading'
          ? t('statistics.loading')
          : status === 'error'
            ? t('statistics.failed', { reason: error ?? '' })
            : ''}
      </p>
      {statistics !== null &&
        statistics.decisions.overall.counts.total === 0 &&
        status !== 'loading' && <p className="notice">{t('statistics.empty')}</p>}
      {statistics !== null && (
        <>
          <StatisticsSummary statistics={statistics} />
          <StatisticsChartsSection statistics={statistics} />
          <AgreementSection agreement={statistics.agreement} />
          <JudgeSection judge={statistics.judge} />
          <DisagreementsSection
            disagreements={statistics.disagreements}
            query={queryDisagreements}
            onExport={async (filters) => {
              const { text } = await disagreementsJsonl(filters);
              await saveStatisticsFile('disagreements.jsonl', 'application/x-ndjson', text);
            }}
          />
        </>
      )}
      <ProjectAuditSection />
    </section>
  );
}
