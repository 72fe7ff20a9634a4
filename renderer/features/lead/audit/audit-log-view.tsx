/**
 * The audit log of a project or of one draft (issue 14 point 7): every decision event with who,
 * when, which device, which guideline and model version — read-only, oldest first, a page at a
 * time, and saved whole as CSV or JSON Lines. Notes are untrusted text, drawn as text.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditRow } from '../../../../shared/audit';
import { formatCount, formatDateTime } from '../../../i18n/format';
import '../../../styles/audit-log.css';
import { useLanguage } from '../../../i18n/use-language';
import type { AuditFileFormat, AuditScope } from '../../../stores/lead/audit-log';
import { readAuditRows, saveAuditLog } from '../../../stores/lead/audit-log';
import { selectNameOf, useTeamStore } from '../../../stores/lead/team-store';
import { useProfileStore } from '../../../stores/profile/profile-store';

/** Rows drawn at first, and added by each "Show more". */
const PAGE_ROWS = 200;

type Loaded =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; rows: AuditRow[] };

interface AuditLogViewProps {
  scope: AuditScope;
  fileName: string;
}

/** Keyed by its scope: another project or draft starts from "loading" with a fresh page. */
export function AuditLogView(props: AuditLogViewProps) {
  return <AuditLog key={`${props.scope.projectId}\0${props.scope.draftId ?? ''}`} {...props} />;
}

function AuditLog({ scope, fileName }: AuditLogViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const profile = useProfileStore((s) => s.profile);
  const nameOf = useTeamStore(selectNameOf);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [shown, setShown] = useState(PAGE_ROWS);
  const [saving, setSaving] = useState<string | null>(null);
  const { projectId, draftId } = scope;

  useEffect(() => {
    let current = true;
    readAuditRows(
      { projectId, ...(draftId !== undefined ? { draftId } : {}) },
      profile ?? undefined,
      nameOf,
    )
      .then((rows) => current && setLoaded({ state: 'ready', rows }))
      .catch(
        (error: unknown) =>
          current &&
          setLoaded({
            state: 'failed',
            message: error instanceof Error ? error.message : String(error),
          }),
      );
    return () => {
      current = false;
    };
  }, [projectId, draftId, profile, nameOf]);

  const save = (rows: readonly AuditRow[], format: AuditFileFormat) => {
    setSaving(null);
    saveAuditLog(rows, format, fileName)
      .then((saved) => setSaving(saved ? t('lead.audit.saved') : null))
      .catch((error: unknown) =>
        setSaving(
          t('lead.audit.saveFailed', {
            reason: error instanceof Error ? error.message : String(error),
          }),
        ),
      );
  };

  if (loaded.state === 'loading') {
    return (
      <p className="audit-log__status" role="status">
        {t('lead.audit.loading')}
      </p>
    );
  }
  if (loaded.state === 'failed') {
    return (
      <p className="audit-log__status" role="alert">
        {t('lead.audit.failed', { reason: loaded.message })}
      </p>
    );
  }
  const { rows } = loaded;
  const perDraft = draftId !== undefined;
  return (
    // Not a landmark of its own: it sits in a section named by its heading (the statistics
    // screen's) or in the inbox's disclosure.
    <div className="audit-log">
      <div className="audit-log__bar">
        <p className="audit-log__count">
          {t('lead.audit.count', {
            count: rows.length,
            formatted: formatCount(language, rows.length),
          })}
        </p>
        <button
          type="button"
          className="button stats-no-print"
          disabled={rows.length === 0}
          onClick={() => save(rows, 'csv')}
        >
          {t('lead.audit.saveCsv')}
        </button>
        <button
          type="button"
          className="button stats-no-print"
          disabled={rows.length === 0}
          onClick={() => save(rows, 'jsonl')}
        >
          {t('lead.audit.saveJsonl')}
        </button>
        {saving !== null && (
          <p className="audit-log__saved" role="status">
            {saving}
          </p>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="audit-log__status">{t('lead.audit.empty')}</p>
      ) : (
        <div className="audit-log__scroll">
          <table className="audit-log__table">
            <thead>
              <tr>
                <th scope="col">{t('lead.audit.columns.when')}</th>
                <th scope="col">{t('lead.audit.columns.who')}</th>
                <th scope="col">{t('lead.audit.columns.action')}</th>
                {!perDraft && <th scope="col">{t('lead.audit.columns.draft')}</th>}
                <th scope="col">{t('lead.audit.columns.device')}</th>
                <th scope="col">{t('lead.audit.columns.guidelines')}</th>
                <th scope="col">{t('lead.audit.columns.model')}</th>
                <th scope="col">{t('lead.audit.columns.note')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, shown).map((row) => (
                <tr key={row.eventId}>
                  <td>
                    <time dateTime={row.clientTime}>
                      {formatDateTime(language, row.clientTime)}
                    </time>
                  </td>
                  {/* The id as the tooltip: two teammates may share a name. */}
                  <td title={row.reviewerId}>{row.reviewerName ?? row.reviewerId}</td>
                  <td className="audit-log__action">
                    {t(`lead.audit.kinds.${row.kind}`)}
                    {row.kind === 'resolve' && row.verdict !== null
                      ? ` · ${t(`lead.audit.verdicts.${row.verdict as 'approve' | 'edit' | 'reject'}`)}`
                      : ''}
                  </td>
                  {!perDraft && <td>{row.draftId}</td>}
                  <td>
                    {row.deviceId} #{row.deviceSeq}
                  </td>
                  <td>{row.guidelinesVersion ?? '—'}</td>
                  <td>
                    {row.modelName === null
                      ? '—'
                      : `${row.modelName}${row.modelVersion !== null ? ` ${row.modelVersion}` : ''}`}
                  </td>
                  <td className="audit-log__note">
                    {[row.reasonId, row.note]
                      .filter((part) => part !== null && part !== '')
                      .join(' — ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown < rows.length && (
            <button type="button" className="button" onClick={() => setShown((n) => n + PAGE_ROWS)}>
              {t('lead.audit.showMore', {
                count: Math.min(PAGE_ROWS, rows.length - shown),
                formatted: formatCount(language, Math.min(PAGE_ROWS, rows.length - shown)),
              })}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
