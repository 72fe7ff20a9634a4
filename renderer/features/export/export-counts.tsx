/** Counts of an export: records per decision and per split, and what was left out and why. */
import { useTranslation } from 'react-i18next';
import type { ExportManifest } from '../../../shared/export';
import { EXCLUSION_REASONS, RECORD_DECISIONS } from '../../../shared/export';

export function ExportCounts({ manifest, caption }: { manifest: ExportManifest; caption: string }) {
  const { t } = useTranslation();
  const { counts, excluded } = manifest;
  const decisions = RECORD_DECISIONS.filter((decision) => counts.byDecision[decision] > 0);
  const reasons = EXCLUSION_REASONS.filter((reason) => (excluded[reason] ?? 0) > 0);
  return (
    <div className="export-counts">
      <table className="export-count-table">
        <caption>{caption}</caption>
        <tbody>
          <tr>
            <th scope="row">{t('export.counts.records')}</th>
            <td>{t('export.counts.number', { count: counts.records })}</td>
          </tr>
          {decisions.map((decision) => (
            <tr key={decision}>
              <th scope="row">{t(`export.decision.${decision}`)}</th>
              <td>{t('export.counts.number', { count: counts.byDecision[decision] })}</td>
            </tr>
          ))}
          {counts.bySplit !== undefined && (
            <>
              <tr>
                <th scope="row">{t('export.counts.train')}</th>
                <td>{t('export.counts.number', { count: counts.bySplit.train })}</td>
              </tr>
              <tr>
                <th scope="row">{t('export.counts.test')}</th>
                <td>{t('export.counts.number', { count: counts.bySplit.test })}</td>
              </tr>
            </>
          )}
        </tbody>
      </table>
      <table className="export-count-table">
        <caption>{t('export.counts.excluded')}</caption>
        <tbody>
          {reasons.length === 0 ? (
            <tr>
              <td colSpan={2}>{t('export.counts.noneExcluded')}</td>
            </tr>
          ) : (
            reasons.map((reason) => (
              <tr key={reason}>
                <th scope="row">{t(`export.excluded.${reason}`)}</th>
                <td>{t('export.counts.number', { count: excluded[reason] ?? 0 })}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
