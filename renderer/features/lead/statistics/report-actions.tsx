/**
 * The report buttons (issue 14 point 6): CSV and XLSX of every table on the screen with the
 * filters written on them (shared/stats-export), and a printable report — the print stylesheet
 * (statistics-print.css) lays out the charts and their tables; the desktop app saves that as a
 * PDF (Electron's printToPDF, through the bridge), the browser build opens its print dialog.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatisticsView as Statistics } from '../../../stores/lead/statistics/statistics-protocol';
import { reportCsv, reportXlsx } from '../../../../shared/stats-export';
import { useLanguage } from '../../../i18n/use-language';
import {
  printStatisticsReport,
  saveStatisticsFile,
} from '../../../stores/lead/statistics/statistics-save';
import { selectNameOf, useTeamStore } from '../../../stores/lead/team-store';
import { statisticsReport } from './statistics-report';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `loupe-statistics-2026-12-07`: the day the report was made, in UTC like the statistics. */
export const reportFileBase = (now: Date) => `loupe-statistics-${now.toISOString().slice(0, 10)}`;

export function ReportActions({ statistics }: { statistics: Statistics }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const nameOf = useTeamStore(selectNameOf);
  const [message, setMessage] = useState<string | null>(null);

  /** Runs one way of saving the report and says how it went (nothing when it was cancelled). */
  async function report(saveIt: () => Promise<boolean>) {
    setMessage(null);
    try {
      if (await saveIt()) {
        setMessage(t('statistics.report.saved'));
      }
    } catch (error) {
      setMessage(
        t('statistics.report.failed', {
          reason: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  }

  function save(format: 'csv' | 'xlsx') {
    return report(async () => {
      const now = new Date();
      const built = statisticsReport(statistics, t, language, now, nameOf);
      return format === 'csv'
        ? saveStatisticsFile(`${reportFileBase(now)}.csv`, 'text/csv', reportCsv(built))
        : saveStatisticsFile(
            `${reportFileBase(now)}.xlsx`,
            XLSX_TYPE,
            await reportXlsx(built, { aboutSheetName: t('statistics.report.aboutSheet') }),
          );
    });
  }

  function print() {
    return report(() =>
      printStatisticsReport(`${reportFileBase(new Date())}.pdf`, t('statistics.report.print')),
    );
  }

  return (
    <div className="stats-report-actions stats-no-print">
      <button type="button" className="button" onClick={() => void save('csv')}>
        {t('statistics.report.csv')}
      </button>
      <button type="button" className="button" onClick={() => void save('xlsx')}>
        {t('statistics.report.xlsx')}
      </button>
      <button type="button" className="button" onClick={() => void print()}>
        {t('statistics.report.print')}
      </button>
      <span role="status" className="muted">
        {message}
      </span>
    </div>
  );
}
