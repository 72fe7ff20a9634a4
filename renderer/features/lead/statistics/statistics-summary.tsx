/** The headline numbers over the filtered decisions. */
import { useTranslation } from 'react-i18next';
import type { StatisticsView as Statistics } from '../../../stores/lead/statistics/statistics-protocol';
import { useLanguage } from '../../../i18n/use-language';
import { formatAgreement, formatInteger, formatPercent, formatSeconds } from './statistics-format';

export function StatisticsSummary({ statistics }: { statistics: Statistics }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { overall } = statistics.decisions;
  const items: [string, string][] = [
    [t('statistics.summary.drafts'), formatInteger(language, statistics.drafts)],
    [t('statistics.summary.decisions'), formatInteger(language, overall.counts.total)],
    [t('statistics.summary.approvalRate'), formatPercent(language, overall.rates.approve)],
    [t('statistics.summary.editRate'), formatPercent(language, overall.rates.edit)],
    [t('statistics.summary.escalationRate'), formatPercent(language, overall.rates.escalate)],
    [
      t('statistics.summary.medianTime'),
      formatSeconds(language, statistics.activeTime.overall.medianMs),
    ],
    [
      t('statistics.summary.alpha'),
      formatAgreement(t, language, statistics.agreement.verdictAlpha),
    ],
    [
      t('statistics.summary.judgeKappa'),
      formatAgreement(t, language, statistics.judge.overall.kappa),
    ],
  ];
  return (
    <dl className="stats-summary">
      {items.map(([label, value]) => (
        <div key={label} className="stats-summary-item">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
