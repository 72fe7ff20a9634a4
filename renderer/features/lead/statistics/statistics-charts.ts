/**
 * Each chart of the statistics screen as data: the ECharts option (built per theme) and the
 * table view with the same numbers. Pure functions of the result, the reader's language and
 * `t`, so the chart and its table cannot drift apart and both can be tested without a canvas.
 */
import type { TFunction } from 'i18next';
import type { Language } from '../../../../shared/ipc/contract';
import type { StatisticsView as Statistics } from '../../../stores/lead/statistics/statistics-protocol';
import type { GuidelineChange } from '../../../../shared/stats/guideline-changes';
import { COUNTED_KINDS, type DecisionGroup } from '../../../../shared/stats/decision-counts';
import { isoWeek } from '../../../../shared/stats/utc-calendar';
import type { ChartTableData } from '../../../components/chart/chart-table';
import { baseOption, type ChartTheme } from '../../../components/chart/chart-theme';
import type { EChartsCoreOption } from '../../../components/chart/echarts-core';
import {
  DASH,
  dayLabel,
  formatPValue,
  formatInteger,
  formatPercent,
  formatSeconds,
  weekLabel,
} from './statistics-format';

export interface ChartData {
  table: ChartTableData;
  buildOption: (theme: ChartTheme) => EChartsCoreOption;
}

export type TimeUnit = 'day' | 'week';

function axes(theme: ChartTheme, categories: string[], valueAxis: object = {}) {
  const { axis } = baseOption(theme);
  return {
    xAxis: { type: 'category', data: categories, ...axis, splitLine: { show: false } },
    yAxis: { type: 'value', ...axis, ...valueAxis },
  };
}

function common(theme: ChartTheme) {
  const { axis: _axis, ...rest } = baseOption(theme);
  return rest;
}

const percentAxis = (language: Language) => ({
  min: 0,
  max: 1,
  axisLabel: { formatter: (value: number) => formatPercent(language, value) },
});

/** Decisions per day or ISO week, stacked by kind. */
export function decisionsOverTime(
  statistics: Statistics,
  unit: TimeUnit,
  t: TFunction,
  language: Language,
): ChartData {
  const groups = unit === 'day' ? statistics.decisions.perDay : statistics.decisions.perWeek;
  const labelOf = (key: string) => (unit === 'day' ? dayLabel(language, key) : weekLabel(t, key));
  const kinds = COUNTED_KINDS.map((kind) => t(`statistics.kinds.${kind}`));
  const categories = groups.map((group) => labelOf(group.key));
  return {
    table: {
      columns: [t(`statistics.overTime.columns.${unit}`), ...kinds, t('statistics.total')],
      rows: groups.map((group) => [
        labelOf(group.key),
        ...COUNTED_KINDS.map((kind) => formatInteger(language, group.counts[kind])),
        formatInteger(language, group.counts.total),
      ]),
    },
    buildOption: (theme) => ({
      ...common(theme),
      ...axes(theme, categories),
      series: COUNTED_KINDS.map((kind, index) => ({
        type: 'bar',
        name: kinds[index],
        stack: 'decisions',
        data: groups.map((group) => group.counts[kind]),
      })),
    }),
  };
}

/** Approve / edit / escalate / skip rates per model version. */
export function modelVersionRates(
  statistics: Statistics,
  t: TFunction,
  language: Language,
): ChartData {
  const groups: DecisionGroup[] = statistics.decisions.perModelVersion;
  const kinds = COUNTED_KINDS.map((kind) => t(`statistics.kinds.${kind}`));
  return {
    table: {
      columns: [t('statistics.filters.modelVersion'), ...kinds, t('statistics.decisions')],
      rows: groups.map((group) => [
        group.key,
        ...COUNTED_KINDS.map((kind) => formatPercent(language, group.rates[kind])),
        formatInteger(language, group.counts.total),
      ]),
    },
    buildOption: (theme) => ({
      ...common(theme),
      ...axes(
        theme,
        groups.map((group) => group.key),
        percentAxis(language),
      ),
      series: COUNTED_KINDS.map((kind, index) => ({
        type: 'bar',
        name: kinds[index],
        data: groups.map((group) => group.rates[kind]),
      })),
    }),
  };
}

/**
 * Approval rate per model version per ISO week: flagged weeks drawn as larger diamonds in the
 * alert colour (and marked in the table), guideline-version changes as vertical lines at the
 * week the new version was first used.
 */
export function driftChart(statistics: Statistics, t: TFunction, language: Language): ChartData {
  const { models, guidelineChanges } = statistics.drift;
  const weeks = [
    ...new Set(models.flatMap((model) => model.weeks.map((week) => week.week))),
  ].sort();
  const rows: string[][] = [];
  for (const model of models) {
    for (const week of model.weeks) {
      rows.push([
        model.modelVersion,
        weekLabel(t, week.week),
        formatPercent(language, week.approvalRate),
        formatInteger(language, week.decisions),
        week.test === null ? DASH : formatPValue(language, week.test.pValue),
        week.flagged ? t('statistics.drift.flagged') : '',
      ]);
    }
  }
  const markLines = guidelineMarkLines(guidelineChanges, t);
  return {
    table: {
      columns: [
        t('statistics.filters.modelVersion'),
        t('statistics.overTime.columns.week'),
        t('statistics.drift.approvalRate'),
        t('statistics.decisions'),
        t('statistics.drift.pValue'),
        t('statistics.drift.flaggedColumn'),
      ],
      rows,
    },
    buildOption: (theme) => ({
      ...common(theme),
      ...axes(
        theme,
        weeks.map((week) => weekLabel(t, week)),
        percentAxis(language),
      ),
      series: models.map((model, index) => {
        const byWeek = new Map(model.weeks.map((week) => [week.week, week]));
        return {
          type: 'line',
          name: model.modelVersion,
          connectNulls: true,
          data: weeks.map((key) => {
            const week = byWeek.get(key);
            if (week === undefined) {
              return null;
            }
            return week.flagged
              ? {
                  value: week.approvalRate,
                  symbol: 'diamond',
                  symbolSize: 16,
                  itemStyle: { color: theme.alert, borderColor: theme.surface, borderWidth: 2 },
                }
              : week.approvalRate;
          }),
          ...(index === 0 && markLines.length > 0
            ? {
                markLine: {
                  symbol: 'none',
                  silent: true,
                  lineStyle: { color: theme.muted, type: 'dashed' },
                  label: { color: theme.text, formatter: '{b}' },
                  data: markLines.map((line) => ({ name: line.label, xAxis: line.week })),
                },
              }
            : {}),
        };
      }),
    }),
  };
}

/**
 * One vertical line per week in which a guideline version came into use (only changes after the
 * first version seen: the first is where the data starts). Projects changing in the same week
 * share the line, so their labels never sit on top of each other.
 */
export function guidelineMarkLines(
  changes: readonly GuidelineChange[],
  t: TFunction,
): { week: string; label: string }[] {
  const byWeek = new Map<string, Set<number>>();
  for (const change of changes) {
    if (change.previousVersion === null) {
      continue;
    }
    const week = weekLabel(t, isoWeek(Date.parse(change.firstSeenAt)));
    const versions = byWeek.get(week) ?? new Set<number>();
    versions.add(change.version);
    byWeek.set(week, versions);
  }
  return [...byWeek].map(([week, versions]) => ({
    week,
    label: [...versions]
      .sort((a, b) => a - b)
      .map((version) => t('statistics.drift.guidelineShort', { version }))
      .join(', '),
  }));
}

/**
 * Median and 90th percentile of active time per decision, per reviewer: named by `nameOf`
 * (the team's names, else the id), with the id as the row's tooltip.
 */
export function timeOnTask(
  statistics: Statistics,
  t: TFunction,
  language: Language,
  nameOf: (reviewerId: string) => string = (reviewerId) => reviewerId,
): ChartData {
  const reviewers = statistics.activeTime.perReviewer;
  return {
    table: {
      rowTitles: reviewers.map((reviewer) => reviewer.reviewerId),
      columns: [
        t('statistics.filters.reviewer'),
        t('statistics.time.median'),
        t('statistics.time.p90'),
        t('statistics.decisions'),
        t('statistics.time.perHour'),
      ],
      rows: reviewers.map((reviewer) => [
        nameOf(reviewer.reviewerId),
        formatSeconds(language, reviewer.medianMs),
        formatSeconds(language, reviewer.p90Ms),
        formatInteger(language, reviewer.decisions),
        reviewer.decisionsPerActiveHour === null
          ? '–'
          : formatInteger(language, Math.round(reviewer.decisionsPerActiveHour)),
      ]),
    },
    buildOption: (theme) => ({
      ...common(theme),
      ...axes(
        theme,
        reviewers.map((reviewer) => nameOf(reviewer.reviewerId)),
        { axisLabel: { formatter: (value: number) => formatSeconds(language, value * 1000) } },
      ),
      series: [
        {
          type: 'bar',
          name: t('statistics.time.median'),
          data: reviewers.map((reviewer) => reviewer.medianMs / 1000),
        },
        {
          type: 'bar',
          name: t('statistics.time.p90'),
          data: reviewers.map((reviewer) => reviewer.p90Ms / 1000),
        },
      ],
    }),
  };
}

/** How much of a draft edits changed: the edit-rate histogram (bins of 5 %, the last open). */
export function editRateChart(statistics: Statistics, t: TFunction, language: Language): ChartData {
  const { bins, edits } = statistics.editRates;
  const labels = bins.map((bin) =>
    bin.to === null
      ? `≥ ${formatPercent(language, bin.from)}`
      : `${formatPercent(language, bin.from)}–${formatPercent(language, bin.to)}`,
  );
  return {
    table: {
      columns: [t('statistics.edits.bin'), t('statistics.edits.count')],
      rows:
        edits === 0
          ? []
          : bins.map((bin, index) => [labels[index] ?? '', formatInteger(language, bin.count)]),
    },
    buildOption: (theme) => ({
      ...common(theme),
      ...axes(theme, labels),
      series: [
        { type: 'bar', name: t('statistics.edits.count'), data: bins.map((bin) => bin.count) },
      ],
    }),
  };
}
