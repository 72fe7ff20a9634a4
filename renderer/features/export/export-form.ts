/**
 * The export dialog's choices as the reviewer makes them, and the request they become (issue 13
 * point 1). Pure: the dialog keeps an {@link ExportForm} in React state; {@link formRequest}
 * says what is wrong with it, field by field, or gives the request the store runs.
 */
import type { ExportFilters, ExportFormat, RecordDecision } from '../../../shared/export';
import { FULL_RECORD_FORMATS } from '../../../shared/export';
import { dateBoundProblem, fromMs, toEndMs } from '../../../shared/export/export-filters';
import type { StoreExportRequest } from '../../stores/export/run-store-export';

export interface ExportForm {
  projects: string[];
  /** `YYYY-MM-DD` from a date field, or '' for no bound. */
  from: string;
  to: string;
  decisions: RecordDecision[];
  models: string[];
  modelVersions: string[];
  promptVersions: string[];
  guidelinesVersions: number[];
  reviewers: string[];
  /** `question=value`, as the hub's query writes a label filter. */
  labels: string[];
  format: ExportFormat;
  split: boolean;
  /** Percent of drafts in the test split, as typed. */
  testPercent: string;
  salt: string;
  includeAll: boolean;
}

export const DEFAULT_EXPORT_FORM: ExportForm = {
  projects: [],
  from: '',
  to: '',
  decisions: [],
  models: [],
  modelVersions: [],
  promptVersions: [],
  guidelinesVersions: [],
  reviewers: [],
  labels: [],
  format: 'loupe',
  split: false,
  testPercent: '10',
  salt: 'loupe',
  includeAll: false,
};

/** A field the dialog marks, and the message key (under `export.problems`) it shows. */
export type FormProblems = Partial<
  Record<'from' | 'to' | 'testPercent', 'notADate' | 'fromAfterTo' | 'percentRange'>
>;

/** Whether `format` can carry records that are not gold (the "include everything" box). */
export const canIncludeAll = (format: ExportFormat) => FULL_RECORD_FORMATS.has(format);

function labelFilters(labels: readonly string[]) {
  return labels.map((label) => {
    const at = label.indexOf('=');
    return { question: label.slice(0, at), value: label.slice(at + 1) };
  });
}

/** What is wrong with `form`, or the request it makes. */
export function formRequest(
  form: ExportForm,
  appVersion: string,
): { problems: FormProblems; request?: StoreExportRequest } {
  const problems: FormProblems = {};
  if (form.from !== '' && dateBoundProblem(form.from) !== undefined) {
    problems.from = 'notADate';
  }
  if (form.to !== '' && dateBoundProblem(form.to) !== undefined) {
    problems.to = 'notADate';
  }
  if (
    problems.from === undefined &&
    problems.to === undefined &&
    form.from !== '' &&
    form.to !== '' &&
    fromMs(form.from) >= toEndMs(form.to)
  ) {
    problems.to = 'fromAfterTo';
  }
  const percent = Number(form.testPercent.trim());
  if (form.split && (form.testPercent.trim() === '' || !(percent > 0 && percent < 100))) {
    problems.testPercent = 'percentRange';
  }
  if (Object.keys(problems).length > 0) {
    return { problems };
  }
  const filters: ExportFilters = {
    projects: form.projects,
    ...(form.from !== '' ? { from: form.from } : {}),
    ...(form.to !== '' ? { to: form.to } : {}),
    decisions: form.decisions,
    models: form.models,
    modelVersions: form.modelVersions,
    promptVersions: form.promptVersions,
    guidelinesVersions: form.guidelinesVersions,
    reviewers: form.reviewers,
    labels: labelFilters(form.labels),
    ...(form.includeAll && canIncludeAll(form.format) ? { includeAll: true } : {}),
  };
  return {
    problems,
    request: {
      format: form.format,
      filters,
      ...(form.split ? { split: { testRatio: percent / 100, salt: form.salt } } : {}),
      appVersion,
    },
  };
}
