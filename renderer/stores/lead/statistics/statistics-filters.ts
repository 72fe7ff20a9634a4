/**
 * The statistics screen's filter form, and the request it makes. The form holds one value per
 * filter (`''` for "all"), as its selects and date inputs do; `statsFiltersOf` turns it into the
 * `StatsFilters` the worker computes with, leaving out every filter set to "all".
 */
import type { StatsFilters } from '../../../../shared/stats/stats-input';

export const STATISTICS_FACETS = [
  'project',
  'model',
  'modelVersion',
  'promptVersion',
  'reviewer',
  'guidelinesVersion',
] as const;
export type StatisticsFacet = (typeof STATISTICS_FACETS)[number];

export interface StatisticsForm {
  /** `YYYY-MM-DD` (a whole UTC day), or `''` for no bound. */
  from: string;
  to: string;
  project: string;
  model: string;
  modelVersion: string;
  promptVersion: string;
  reviewer: string;
  /** The version number as the select holds it (a string), or `''`. */
  guidelinesVersion: string;
}

export const EMPTY_STATISTICS_FORM: StatisticsForm = {
  from: '',
  to: '',
  project: '',
  model: '',
  modelVersion: '',
  promptVersion: '',
  reviewer: '',
  guidelinesVersion: '',
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function statsFiltersOf(form: StatisticsForm): StatsFilters {
  const filters: StatsFilters = {};
  // A half-typed date is no bound yet rather than an error the worker would throw on.
  if (DAY.test(form.from)) {
    filters.from = form.from;
  }
  if (DAY.test(form.to)) {
    filters.to = form.to;
  }
  // Dates typed the wrong way round: the range the lead meant.
  if (filters.from !== undefined && filters.to !== undefined && filters.from > filters.to) {
    [filters.from, filters.to] = [filters.to, filters.from];
  }
  if (form.project !== '') {
    filters.projects = [form.project];
  }
  if (form.model !== '') {
    filters.models = [form.model];
  }
  if (form.modelVersion !== '') {
    filters.modelVersions = [form.modelVersion];
  }
  if (form.promptVersion !== '') {
    filters.promptVersions = [form.promptVersion];
  }
  if (form.reviewer !== '') {
    filters.reviewers = [form.reviewer];
  }
  const version = Number(form.guidelinesVersion);
  if (form.guidelinesVersion !== '' && Number.isInteger(version)) {
    filters.guidelinesVersions = [version];
  }
  return filters;
}
