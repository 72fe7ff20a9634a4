/**
 * Inter-reviewer agreement: Cohen's κ and raw agreement per reviewer pair with the drafts they
 * share ("not enough overlap" under MIN_SHARED_ITEMS), then Krippendorff's α on the verdict and
 * per rubric question, and the overall raw agreement.
 */
import { useTranslation } from 'react-i18next';
import type { ReviewerAgreement } from '../../../../shared/stats/reviewer-agreement';
import { MIN_SHARED_ITEMS } from '../../../../shared/stats/not-enough-overlap';
import { ChartTable } from '../../../components/chart/chart-table';
import { useLanguage } from '../../../i18n/use-language';
import { useTeamLabel } from '../reviewer-names';
import { formatAgreement, formatInteger, formatPercent } from './statistics-format';

export function AgreementSection({ agreement }: { agreement: ReviewerAgreement }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const nameOf = useTeamLabel();
  return (
    <section className="stats-section" aria-labelledby="stats-agreement">
      <h3 id="stats-agreement">{t('statistics.agreement.title')}</h3>
      <p className="muted">
        {t('statistics.agreement.hint', {
          min: MIN_SHARED_ITEMS,
          shared: agreement.sharedDrafts,
        })}
      </p>
      {agreement.pairs.length === 0 ? (
        <p className="chart-empty">{t('statistics.agreement.noPairs')}</p>
      ) : (
        <ChartTable
          caption={t('statistics.agreement.pairs')}
          data={{
            columns: [
              t('statistics.agreement.pair'),
              t('statistics.agreement.shared'),
              t('statistics.agreement.kappa'),
              t('statistics.agreement.raw'),
            ],
            rowTitles: agreement.pairs.map((pair) => `${pair.reviewerA} · ${pair.reviewerB}`),
            rows: agreement.pairs.map((pair) => [
              `${nameOf(pair.reviewerA)} · ${nameOf(pair.reviewerB)}`,
              formatInteger(language, pair.sharedItems),
              formatAgreement(t, language, pair.kappa),
              formatAgreement(t, language, pair.rawAgreement, formatPercent),
            ]),
          }}
        />
      )}
      <ChartTable
        caption={t('statistics.agreement.overall')}
        data={{
          columns: [t('statistics.agreement.measure'), t('statistics.agreement.value')],
          rows: [
            [
              t('statistics.agreement.verdictAlpha'),
              formatAgreement(t, language, agreement.verdictAlpha),
            ],
            ...agreement.labelAlphas.map((question) => [
              t('statistics.agreement.questionAlpha', { question: question.question }),
              formatAgreement(t, language, question.alpha),
            ]),
            [
              t('statistics.agreement.raw'),
              formatAgreement(t, language, agreement.rawAgreement, formatPercent),
            ],
            [
              t('statistics.agreement.unanimous'),
              formatAgreement(t, language, agreement.unanimous, formatPercent),
            ],
          ],
        }}
      />
    </section>
  );
}
