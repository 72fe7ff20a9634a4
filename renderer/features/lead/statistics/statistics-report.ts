/**
 * The statistics as a `LeadReport` (issue 14 point 6), for the CSV and XLSX writers of
 * shared/stats-export: the same numbers the screen shows, with the filters and the time range
 * written at the top. Rates are kept as fractions (`percent` columns); a statistic that is not
 * defined, or has too little overlap, is an empty cell, never 0. Reviewers stay hub user ids,
 * with their names in a column beside (empty where the team list does not know them), so a
 * file's columns and ids do not depend on whether the list was fetched.
 */
import type { TFunction } from 'i18next';
import type { Language } from '../../../../shared/ipc/contract';
import type { StatisticsView as Statistics } from '../../../stores/lead/statistics/statistics-protocol';
import { COUNTED_KINDS, type DecisionGroup } from '../../../../shared/stats/decision-counts';
import type { JudgeComparison } from '../../../../shared/stats/judge-agreement';
import { HUMAN_DECISIONS } from '../../../../shared/stats/judge-verdict';
import type { AgreementValue } from '../../../../shared/stats/not-enough-overlap';
import type { StatsFilters } from '../../../../shared/stats/stats-input';
import type {
  LeadReport,
  ReportColumn,
  ReportColumnKind,
  ReportRow,
  ReportTable,
} from '../../../../shared/stats-export';
import { promptVersionLabel } from './statistics-format';

const column = (key: string, label: string, kind: ReportColumnKind): ReportColumn => ({
  key,
  label,
  kind,
});

const valueOf = (value: AgreementValue): number | null =>
  value.notEnoughOverlap ? null : value.value;

/** A reviewer's name for a file; null (an empty cell) when it is not known. */
export type ReportNameOf = (reviewerId: string) => string | null;

/** The filters in words, one line each; "all" for a filter not set. */
export function describeFilters(
  t: TFunction,
  filters: StatsFilters,
  nameOf: ReportNameOf = () => null,
): string[] {
  const list = (values: readonly (string | number)[] | undefined) =>
    values === undefined || values.length === 0 ? t('statistics.filters.all') : values.join(', ');
  // A reviewer by name with the hub user id beside it: the report names whom it covers.
  const reviewer = (id: string) => {
    const name = nameOf(id);
    return name === null ? id : `${name} (${id})`;
  };
  return [
    t('statistics.report.range', {
      from: filters.from ?? t('statistics.report.start'),
      to: filters.to ?? t('statistics.report.end'),
    }),
    t('statistics.report.filterLine', {
      name: t('statistics.filters.project'),
      value: list(filters.projects),
    }),
    t('statistics.report.filterLine', {
      name: t('statistics.filters.model'),
      value: list(filters.models),
    }),
    t('statistics.report.filterLine', {
      name: t('statistics.filters.modelVersion'),
      value: list(filters.modelVersions),
    }),
    t('statistics.report.filterLine', {
      name: t('statistics.filters.promptVersion'),
      value: list(filters.promptVersions),
    }),
    t('statistics.report.filterLine', {
      name: t('statistics.filters.reviewer'),
      value: list(filters.reviewers?.map(reviewer)),
    }),
    t('statistics.report.filterLine', {
      name: t('statistics.filters.guidelinesVersion'),
      value: list(filters.guidelinesVersions),
    }),
  ];
}

function decisionTable(
  t: TFunction,
  id: string,
  title: string,
  first: string,
  groups: DecisionGroup[],
  label: (key: string) => string = (key) => key,
  names?: { label: string; nameOf: ReportNameOf },
): ReportTable {
  const columns = [
    column('key', first, 'text'),
    ...(names === undefined ? [] : [column('name', names.label, 'text')]),
    ...COUNTED_KINDS.map((kind) => column(kind, t(`statistics.kinds.${kind}`), 'integer')),
    column('total', t('statistics.total'), 'integer'),
    ...COUNTED_KINDS.map((kind) =>
      column(
        `${kind}Rate`,
        t('statistics.report.rateOf', { kind: t(`statistics.kinds.${kind}`) }),
        'percent',
      ),
    ),
  ];
  const rows = groups.map((group) => {
    const row: Record<string, string | number | null> = {
      key: label(group.key),
      total: group.counts.total,
    };
    if (names !== undefined) {
      row.name = names.nameOf(group.key);
    }
    for (const kind of COUNTED_KINDS) {
      row[kind] = group.counts[kind];
      row[`${kind}Rate`] = group.rates[kind];
    }
    return row;
  });
  return { id, title, columns, rows };
}

function judgeTable(
  t: TFunction,
  id: string,
  title: string,
  first: string,
  list: JudgeComparison[],
  label: (key: string) => string,
): ReportTable {
  return {
    id,
    title,
    columns: [
      column('key', first, 'text'),
      column('drafts', t('statistics.judge.drafts'), 'integer'),
      column('kappa', t('statistics.agreement.kappa'), 'number'),
      column('raw', t('statistics.agreement.raw'), 'percent'),
    ],
    rows: list.map((row) => ({
      key: label(row.key),
      drafts: row.drafts,
      kappa: valueOf(row.kappa),
      raw: valueOf(row.rawAgreement),
    })),
  };
}

export function statisticsReport(
  statistics: Statistics,
  t: TFunction,
  language: Language,
  generatedAt: Date,
  nameOf: ReportNameOf = () => null,
): LeadReport {
  const reviewerName = t('statistics.report.reviewerName');
  const { decisions, agreement, judge, drift } = statistics;
  const summaryRows: ReportRow[] = [
    { measure: t('statistics.summary.drafts'), value: statistics.drafts },
    { measure: t('statistics.summary.decisions'), value: decisions.overall.counts.total },
    { measure: t('statistics.summary.approvalRate'), value: decisions.overall.rates.approve },
    { measure: t('statistics.summary.editRate'), value: decisions.overall.rates.edit },
    { measure: t('statistics.summary.escalationRate'), value: decisions.overall.rates.escalate },
    {
      measure: t('statistics.summary.medianTimeSeconds'),
      value: statistics.activeTime.overall.medianMs / 1000,
    },
    { measure: t('statistics.summary.alpha'), value: valueOf(agreement.verdictAlpha) },
    { measure: t('statistics.summary.judgeKappa'), value: valueOf(judge.overall.kappa) },
  ];
  const tables: ReportTable[] = [
    {
      id: 'summary',
      title: t('statistics.report.summary'),
      columns: [
        column('measure', t('statistics.agreement.measure'), 'text'),
        column('value', t('statistics.agreement.value'), 'number'),
      ],
      rows: summaryRows,
    },
    decisionTable(
      t,
      'decisions-per-day',
      t('statistics.report.perDay'),
      t('statistics.overTime.columns.day'),
      decisions.perDay,
    ),
    decisionTable(
      t,
      'decisions-per-week',
      t('statistics.report.perWeek'),
      t('statistics.overTime.columns.week'),
      decisions.perWeek,
    ),
    decisionTable(
      t,
      'decisions-per-model-version',
      t('statistics.report.perModelVersion'),
      t('statistics.filters.modelVersion'),
      decisions.perModelVersion,
    ),
    decisionTable(
      t,
      'decisions-per-prompt-version',
      t('statistics.report.perPromptVersion'),
      t('statistics.filters.promptVersion'),
      decisions.perPromptVersion,
      (key) => promptVersionLabel(t, key),
    ),
    decisionTable(
      t,
      'decisions-per-reviewer',
      t('statistics.report.perReviewer'),
      t('statistics.filters.reviewer'),
      decisions.perReviewer,
      undefined,
      { label: reviewerName, nameOf },
    ),
    {
      id: 'drift',
      title: t('statistics.drift.title'),
      columns: [
        column('model', t('statistics.filters.modelVersion'), 'text'),
        column('week', t('statistics.overTime.columns.week'), 'text'),
        column('approvals', t('statistics.drift.approvals'), 'integer'),
        column('decisions', t('statistics.decisions'), 'integer'),
        column('rate', t('statistics.drift.approvalRate'), 'percent'),
        column('z', 'z', 'number'),
        column('p', t('statistics.drift.pValue'), 'number'),
        column('flagged', t('statistics.drift.flaggedColumn'), 'text'),
      ],
      rows: drift.models.flatMap((model) =>
        model.weeks.map((week) => ({
          model: model.modelVersion,
          week: week.week,
          approvals: week.approvals,
          decisions: week.decisions,
          rate: week.approvalRate,
          z: week.test?.z ?? null,
          p: week.test?.pValue ?? null,
          flagged: week.flagged ? t('statistics.drift.flagged') : '',
        })),
      ),
    },
    {
      id: 'time-on-task',
      title: t('statistics.time.title'),
      columns: [
        column('reviewer', t('statistics.filters.reviewer'), 'text'),
        column('reviewerName', reviewerName, 'text'),
        column('decisions', t('statistics.decisions'), 'integer'),
        column('median', t('statistics.time.medianSeconds'), 'number'),
        column('p90', t('statistics.time.p90Seconds'), 'number'),
        column('perHour', t('statistics.time.perHour'), 'number'),
      ],
      rows: statistics.activeTime.perReviewer.map((row) => ({
        reviewer: row.reviewerId,
        reviewerName: nameOf(row.reviewerId),
        decisions: row.decisions,
        median: row.medianMs / 1000,
        p90: row.p90Ms / 1000,
        perHour: row.decisionsPerActiveHour,
      })),
    },
    {
      id: 'edit-rates',
      title: t('statistics.edits.title'),
      columns: [
        column('from', t('statistics.edits.from'), 'percent'),
        column('to', t('statistics.edits.to'), 'percent'),
        column('count', t('statistics.edits.count'), 'integer'),
      ],
      rows: statistics.editRates.bins.map((bin) => ({
        from: bin.from,
        to: bin.to,
        count: bin.count,
      })),
    },
    {
      id: 'agreement-pairs',
      title: t('statistics.agreement.pairs'),
      columns: [
        column('a', t('statistics.agreement.reviewerA'), 'text'),
        column('aName', t('statistics.report.reviewerAName'), 'text'),
        column('b', t('statistics.agreement.reviewerB'), 'text'),
        column('bName', t('statistics.report.reviewerBName'), 'text'),
        column('shared', t('statistics.agreement.shared'), 'integer'),
        column('kappa', t('statistics.agreement.kappa'), 'number'),
        column('raw', t('statistics.agreement.raw'), 'percent'),
      ],
      rows: agreement.pairs.map((pair) => ({
        a: pair.reviewerA,
        aName: nameOf(pair.reviewerA),
        b: pair.reviewerB,
        bName: nameOf(pair.reviewerB),
        shared: pair.sharedItems,
        kappa: valueOf(pair.kappa),
        raw: valueOf(pair.rawAgreement),
      })),
    },
    {
      id: 'agreement-overall',
      title: t('statistics.agreement.overall'),
      columns: [
        column('measure', t('statistics.agreement.measure'), 'text'),
        column('value', t('statistics.agreement.value'), 'number'),
        column('items', t('statistics.agreement.items'), 'integer'),
      ],
      rows: [
        {
          measure: t('statistics.agreement.verdictAlpha'),
          value: valueOf(agreement.verdictAlpha),
          items: agreement.verdictAlpha.items,
        },
        ...agreement.labelAlphas.map((question) => ({
          measure: t('statistics.agreement.questionAlpha', { question: question.question }),
          value: valueOf(question.alpha),
          items: question.alpha.items,
        })),
        {
          measure: t('statistics.agreement.raw'),
          value: valueOf(agreement.rawAgreement),
          items: agreement.rawAgreement.items,
        },
        {
          measure: t('statistics.agreement.unanimous'),
          value: valueOf(agreement.unanimous),
          items: agreement.unanimous.items,
        },
      ],
    },
    {
      id: 'judge-matrix',
      title: t('statistics.judge.matrix'),
      columns: [
        column('verdict', t('statistics.judge.verdict'), 'text'),
        ...HUMAN_DECISIONS.map((decision) =>
          column(decision, t(`statistics.human.${decision}`), 'integer'),
        ),
      ],
      rows: judge.overall.matrix.map((row) => {
        const out: Record<string, string | number> = { verdict: row.judgeVerdict };
        for (const decision of HUMAN_DECISIONS) {
          out[decision] = row[decision];
        }
        return out;
      }),
    },
    judgeTable(
      t,
      'judge-per-model-version',
      t('statistics.judge.perModelVersion'),
      t('statistics.filters.modelVersion'),
      judge.perModelVersion,
      (key) => key,
    ),
    judgeTable(
      t,
      'judge-per-prompt-version',
      t('statistics.judge.perPromptVersion'),
      t('statistics.filters.promptVersion'),
      judge.perPromptVersion,
      (key) => promptVersionLabel(t, key),
    ),
  ];
  return {
    title: t('statistics.report.title'),
    generatedFrom: [
      t('statistics.report.generatedAt', {
        time: new Intl.DateTimeFormat(language, {
          dateStyle: 'medium',
          timeStyle: 'short',
          timeZone: 'UTC',
        }).format(generatedAt),
      }),
      ...describeFilters(t, statistics.filters, nameOf),
      t('statistics.drift.test', { significance: drift.significance }),
    ],
    tables,
  };
}
