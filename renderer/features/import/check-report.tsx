/**
 * The checking pass's report (issue 4, point 4): how many rows can be imported, each problem by
 * row, field and reason, and the reviewer's choice: import the valid rows, or nothing. The report
 * can be saved as CSV. Lists at most SHOWN_PROBLEMS rows here; the saved report has all kept.
 * A JSON array that breaks is said to be invalid JSON, with where it breaks, and nothing of it is
 * offered for import (not even its whole items: a cut file may lack drafts the reviewer expects).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { breaksAsInvalidJson } from '../../../shared/import/import-run';
import { formatCount } from '../../i18n/format';
import { useImportStore } from '../../stores/import/import-store';
import { useSettingsStore } from '../../stores/settings/settings-store';
import { problemReason } from './problem-reason';

const SHOWN_PROBLEMS = 200;

export function CheckReport() {
  const { t } = useTranslation();
  const titleId = useId();
  const tableId = useId();
  const language = useSettingsStore((state) => state.language);
  const { result, format, busy, importValidRows, reset, saveReport } = useImportStore(
    useShallow((state) => ({
      result: state.checkResult,
      format: state.format ?? state.preview?.format ?? 'jsonl',
      busy: state.busy,
      importValidRows: state.importValidRows,
      reset: state.reset,
      saveReport: state.saveReport,
    })),
  );
  if (result === null) {
    return null;
  }
  const count = (value: number) => formatCount(language, value);
  const shown = result.problems.slice(0, SHOWN_PROBLEMS);
  const failed = result.state === 'failed';
  const brokenAt =
    result.brokenAt !== undefined && breaksAsInvalidJson(result.brokenAt) ? result.brokenAt : null;
  return (
    <section className="import-report" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('import.report.title')}</h2>
      {failed ? (
        <p className="notice import-problem-notice" role="alert">
          {brokenAt === null
            ? t('import.report.failed', { reason: problemReason(t, result.failure ?? '') })
            : // Said first and plainly: the file is broken, and nothing of it is imported.
              t('import.report.notValidJson', {
                line: brokenAt.line,
                column: brokenAt.column,
                count: result.rowsRead,
                formatted: count(result.rowsRead),
              })}
        </p>
      ) : (
        <p className="import-report-summary">
          {result.problemCount === 0
            ? t('import.report.noProblems', { valid: count(result.rowsValid) })
            : t('import.report.summary', {
                rows: count(result.rowsRead),
                valid: count(result.rowsValid),
                problems: count(result.problemCount),
              })}
        </p>
      )}
      {!failed && result.rowsValid === 0 && <p>{t('import.report.noneValid')}</p>}
      {shown.length > 0 && (
        <>
          <p id={tableId}>
            {t('import.report.shown', {
              shown: count(shown.length),
              total: count(result.problemCount),
            })}
          </p>
          <div className="import-report-table">
            <table className="import-preview" aria-labelledby={tableId}>
              <thead>
                <tr>
                  <th scope="col">
                    {/* Where to look in an editor: the line for text formats. */}
                    {format === 'json' ? t('import.report.item') : t('import.report.line')}
                  </th>
                  <th scope="col">{t('import.report.field')}</th>
                  <th scope="col">{t('import.report.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((problem, index) => (
                  <tr key={index}>
                    <td>{count(problem.row)}</td>
                    <td>{problem.field ?? t('import.report.wholeRow')}</td>
                    <td className="import-preview-problem">{problemReason(t, problem.reason)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <div className="import-actions">
        {!failed && result.rowsValid > 0 && (
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => void importValidRows()}
          >
            {t('import.report.importValid', { rows: count(result.rowsValid) })}
          </button>
        )}
        <button type="button" className="button" onClick={reset}>
          {t('import.report.importNothing')}
        </button>
        {result.problems.length > 0 && (
          <button type="button" className="button" onClick={() => void saveReport()}>
            {t('import.report.saveReport')}
          </button>
        )}
      </div>
    </section>
  );
}
