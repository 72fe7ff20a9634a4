/**
 * A chart with its title, a note, and a "Show table" toggle that puts the same numbers in an
 * HTML table (issue 14 point 5): for screen readers, for copying, and for anyone who cannot read
 * the colours. The chart's option is built from the current theme, so light and dark both
 * follow the app's CSS variables. When there is nothing to draw, the empty text stands instead.
 */
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartTheme } from './chart-theme';
import { ChartTable, type ChartTableData } from './chart-table';
import { EChartsView } from './echarts-view';
import type { EChartsCoreOption } from './echarts-core';
import { useChartTheme } from './use-chart-theme';

export interface ChartFigureProps {
  title: string;
  /** What the chart shows, in one sentence: the chart's accessible name. */
  summary: string;
  table: ChartTableData;
  buildOption: (theme: ChartTheme) => EChartsCoreOption;
  height?: number;
  /** Shown instead of the chart when the table has no rows. */
  emptyText?: string;
  children?: ReactNode;
}

export function ChartFigure(props: ChartFigureProps) {
  const { t } = useTranslation();
  const [showTable, setShowTable] = useState(false);
  const theme = useChartTheme();
  const headingId = useId();
  const tableId = useId();
  const { buildOption } = props;
  const option = useMemo(() => buildOption(theme), [buildOption, theme]);
  const empty = props.table.rows.length === 0;

  return (
    <figure className="chart-figure" aria-labelledby={headingId}>
      <div className="chart-figure-head">
        <h3 id={headingId}>{props.title}</h3>
        {!empty && (
          <button
            type="button"
            className="button chart-table-toggle"
            aria-expanded={showTable}
            aria-controls={tableId}
            onClick={() => setShowTable((shown) => !shown)}
          >
            {showTable ? t('statistics.chart.hideTable') : t('statistics.chart.showTable')}
          </button>
        )}
      </div>
      {props.children}
      {empty ? (
        <p className="chart-empty">{props.emptyText ?? t('statistics.chart.empty')}</p>
      ) : (
        <>
          <EChartsView option={option} label={props.summary} height={props.height ?? 280} />
          {/* Always in the page, hidden until asked for: the print stylesheet shows it. */}
          <div id={tableId} className="chart-table-wrap" hidden={!showTable}>
            <ChartTable caption={props.title} data={props.table} />
          </div>
        </>
      )}
    </figure>
  );
}
