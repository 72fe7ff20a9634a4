/** The charts: decisions over time, rates per model version, drift, time on task, edit rates. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatisticsView as Statistics } from '../../../stores/lead/statistics/statistics-protocol';
import { ChartFigure } from '../../../components/chart/chart-figure';
import { useLanguage } from '../../../i18n/use-language';
import {
  decisionsOverTime,
  driftChart,
  editRateChart,
  modelVersionRates,
  timeOnTask,
  type TimeUnit,
} from './statistics-charts';
import { useTeamLabel } from '../reviewer-names';
import { dayLabel, formatInteger, formatPercent } from './statistics-format';

export function StatisticsChartsSection({ statistics }: { statistics: Statistics }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [unit, setUnit] = useState<TimeUnit>('day');
  const overTime = useMemo(
    () => decisionsOverTime(statistics, unit, t, language),
    [statistics, unit, t, language],
  );
  const rates = useMemo(
    () => modelVersionRates(statistics, t, language),
    [statistics, t, language],
  );
  const drift = useMemo(() => driftChart(statistics, t, language), [statistics, t, language]);
  const nameOf = useTeamLabel();
  const time = useMemo(
    () => timeOnTask(statistics, t, language, nameOf),
    [statistics, t, language, nameOf],
  );
  const edits = useMemo(() => editRateChart(statistics, t, language), [statistics, t, language]);
  const changes = statistics.drift.guidelineChanges.filter(
    (change) => change.previousVersion !== null,
  );
  const flagged = statistics.drift.models.reduce(
    (sum, model) => sum + model.weeks.filter((week) => week.flagged).length,
    0,
  );

  return (
    <div className="stats-charts">
      <ChartFigure
        title={t('statistics.overTime.title')}
        summary={t('statistics.overTime.summary', { unit: t(`statistics.overTime.${unit}`) })}
        {...overTime}
      >
        <div
          className="stats-unit-toggle stats-no-print"
          role="group"
          aria-label={t('statistics.overTime.unit')}
        >
          {(['day', 'week'] as const).map((value) => (
            <button
              key={value}
              type="button"
              className="button"
              aria-pressed={unit === value}
              onClick={() => setUnit(value)}
            >
              {t(`statistics.overTime.per.${value}`)}
            </button>
          ))}
        </div>
      </ChartFigure>
      <ChartFigure
        title={t('statistics.rates.title')}
        summary={t('statistics.rates.summary')}
        {...rates}
      />
      <ChartFigure
        title={t('statistics.drift.title')}
        summary={t('statistics.drift.summary', { count: flagged })}
        height={320}
        {...drift}
      >
        <p className="stats-test-text">
          {t('statistics.drift.test', { significance: statistics.drift.significance })}
        </p>
        <p className="muted">{t('statistics.drift.legend', { count: flagged })}</p>
        {changes.length > 0 && (
          <ul className="stats-guideline-changes" aria-label={t('statistics.drift.changes')}>
            {changes.map((change) => (
              <li key={`${change.projectId}\u0000${change.version}`}>
                {t('statistics.drift.changeItem', {
                  project: change.projectId,
                  from: change.previousVersion ?? 0,
                  to: change.version,
                  date: dayLabel(language, change.firstSeenAt.slice(0, 10)),
                })}
              </li>
            ))}
          </ul>
        )}
      </ChartFigure>
      <ChartFigure
        title={t('statistics.time.title')}
        summary={t('statistics.time.summary')}
        {...time}
      />
      <ChartFigure
        title={t('statistics.edits.title')}
        summary={t('statistics.edits.summary', {
          count: statistics.editRates.edits,
          median: formatPercent(language, statistics.editRates.median),
        })}
        {...edits}
      >
        <p className="muted">
          {t('statistics.edits.hint', {
            count: statistics.editRates.edits,
            median: formatPercent(language, statistics.editRates.median),
            unchanged: formatInteger(language, statistics.editRates.unchanged),
          })}
        </p>
      </ChartFigure>
    </div>
  );
}
