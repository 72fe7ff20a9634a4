/**
 * The LLM judge against the humans: the confusion matrix (judge verdict × final human
 * decision) over every compared draft, and κ with raw agreement per model and prompt version.
 */
import { useTranslation } from 'react-i18next';
import type { JudgeComparison, JudgeStats } from '../../../../shared/stats/judge-agreement';
import { HUMAN_DECISIONS, type Pass } from '../../../../shared/stats/judge-verdict';
import { ChartTable } from '../../../components/chart/chart-table';
import { useLanguage } from '../../../i18n/use-language';
import {
  formatAgreement,
  formatInteger,
  formatPercent,
  promptVersionLabel,
} from './statistics-format';

export function JudgeSection({ judge }: { judge: JudgeStats }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const overall = judge.overall;
  // The meaning in words beside a verdict that does not already say it ("lgtm (pass)").
  const verdictLabel = (verdict: string, meaning: Pass | null) => {
    if (meaning === null) {
      return verdict;
    }
    const words = t(`statistics.judge.${meaning}`);
    return words === verdict ? verdict : `${verdict} (${words})`;
  };
  const versionRows = (list: JudgeComparison[], label: (key: string) => string) =>
    list.map((row) => [
      label(row.key),
      formatInteger(language, row.drafts),
      formatAgreement(t, language, row.kappa),
      formatAgreement(t, language, row.rawAgreement, formatPercent),
    ]);
  const versionColumns = (first: string) => [
    first,
    t('statistics.judge.drafts'),
    t('statistics.agreement.kappa'),
    t('statistics.agreement.raw'),
  ];

  return (
    <section className="stats-section" aria-labelledby="stats-judge">
      <h3 id="stats-judge">{t('statistics.judge.title')}</h3>
      {overall.drafts === 0 ? (
        <p className="chart-empty">{t('statistics.judge.none')}</p>
      ) : (
        <>
          <p className="muted">
            {t('statistics.judge.hint', {
              count: overall.drafts,
              kappa: formatAgreement(t, language, overall.kappa),
              unmapped: overall.unmapped,
            })}
          </p>
          <ChartTable
            caption={t('statistics.judge.matrix')}
            data={{
              columns: [
                t('statistics.judge.verdict'),
                ...HUMAN_DECISIONS.map((decision) => t(`statistics.human.${decision}`)),
              ],
              rows: overall.matrix.map((row) => [
                verdictLabel(row.judgeVerdict, row.meaning),
                ...HUMAN_DECISIONS.map((decision) => formatInteger(language, row[decision])),
              ]),
            }}
          />
          <ChartTable
            caption={t('statistics.judge.perModelVersion')}
            data={{
              columns: versionColumns(t('statistics.filters.modelVersion')),
              rows: versionRows(judge.perModelVersion, (key) => key),
            }}
          />
          <ChartTable
            caption={t('statistics.judge.perPromptVersion')}
            data={{
              columns: versionColumns(t('statistics.filters.promptVersion')),
              rows: versionRows(judge.perPromptVersion, (key) => promptVersionLabel(t, key)),
            }}
          />
        </>
      )}
    </section>
  );
}
