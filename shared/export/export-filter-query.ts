/**
 * Export filters as URL query parameters: the hub's `/v1/exports/:format?…` and the CLI's
 * options use the same names, so one parser refuses bad input with the same words everywhere.
 *
 * Lists repeat their parameter (`decision=approved&decision=edited`); a label is
 * `label=question=value` (the first `=` of the value separates the two); `all` takes no value
 * or `true`/`false`/`1`/`0`.
 */
import type { ExportFilters, LabelFilter } from './export-filters';
import {
  canonicalFilters,
  dateBoundProblem,
  fromMs,
  RECORD_DECISIONS,
  toEndMs,
} from './export-filters';
import type { RecordDecision } from './loupe-record';

/** The parameter names, in the order the canonical query writes them. */
export const FILTER_PARAMETERS = [
  'project',
  'from',
  'to',
  'decision',
  'model',
  'modelVersion',
  'promptVersion',
  'guidelinesVersion',
  'reviewer',
  'label',
  'all',
] as const;

export type FilterParameter = (typeof FILTER_PARAMETERS)[number];

/** Longest value of one parameter, and most repeats of one: a bound against hostile queries. */
export const MAX_FILTER_VALUE_LENGTH = 1_000;
export const MAX_FILTER_VALUES = 1_000;

/** A refused query: which parameter, and why, in words a CLI user or API client can act on. */
export class ExportFilterError extends Error {
  override readonly name = 'ExportFilterError';

  constructor(
    readonly parameter: string,
    readonly reason: string,
  ) {
    super(`Filter parameter "${parameter}": ${reason}`);
  }
}

const SINGLE: ReadonlySet<string> = new Set(['from', 'to', 'all']);

function decisionOf(value: string): RecordDecision {
  const found = RECORD_DECISIONS.find((decision) => decision === value);
  if (found === undefined) {
    throw new ExportFilterError(
      'decision',
      `"${value}" is not a decision; use one of ${RECORD_DECISIONS.join(', ')}`,
    );
  }
  return found;
}

function guidelinesVersionOf(value: string): number {
  if (!/^[1-9]\d{0,8}$/.test(value)) {
    throw new ExportFilterError(
      'guidelinesVersion',
      `"${value}" is not a guideline version (a whole number from 1)`,
    );
  }
  return Number(value);
}

function labelOf(value: string): LabelFilter {
  const split = value.indexOf('=');
  if (split <= 0 || split === value.length - 1) {
    throw new ExportFilterError(
      'label',
      `"${value}" must be question=value (for example tone=polite)`,
    );
  }
  return { question: value.slice(0, split), value: value.slice(split + 1) };
}

function allOf(value: string): boolean {
  if (value === '' || value === 'true' || value === '1') {
    return true;
  }
  if (value === 'false' || value === '0') {
    return false;
  }
  throw new ExportFilterError('all', `"${value}" must be true or false (or no value)`);
}

function dateOf(parameter: 'from' | 'to', value: string): string {
  const problem = dateBoundProblem(value);
  if (problem !== undefined) {
    throw new ExportFilterError(parameter, `"${value}" ${problem}`);
  }
  return value;
}

function grouped(
  params: Iterable<[string, string]>,
  otherParameters: readonly string[],
): Map<FilterParameter, string[]> {
  const known: ReadonlySet<string> = new Set(FILTER_PARAMETERS);
  const others = new Set(otherParameters);
  const out = new Map<FilterParameter, string[]>();
  for (const [name, value] of params) {
    if (others.has(name)) {
      continue;
    }
    if (!known.has(name)) {
      throw new ExportFilterError(
        name,
        `unknown parameter; filters are ${FILTER_PARAMETERS.join(', ')}`,
      );
    }
    const values = out.get(name as FilterParameter) ?? [];
    values.push(value);
    if (values.length > 1 && SINGLE.has(name)) {
      throw new ExportFilterError(name, 'given more than once');
    }
    if (values.length > MAX_FILTER_VALUES) {
      throw new ExportFilterError(name, `more than ${MAX_FILTER_VALUES} values`);
    }
    if (value.length > MAX_FILTER_VALUE_LENGTH) {
      throw new ExportFilterError(
        name,
        `a value longer than ${MAX_FILTER_VALUE_LENGTH} characters`,
      );
    }
    if (value === '' && name !== 'all') {
      throw new ExportFilterError(name, 'empty value');
    }
    out.set(name as FilterParameter, values);
  }
  return out;
}

/**
 * Filters from query parameters. Throws {@link ExportFilterError} for an unknown parameter
 * (unless listed in `otherParameters`, e.g. the hub's `after`), a repeated single one, an empty
 * or malformed value, or `from` after `to`.
 */
export function parseFilterQuery(
  query: string | URLSearchParams | Iterable<[string, string]>,
  options: { otherParameters?: readonly string[] } = {},
): ExportFilters {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const values = grouped(params, options.otherParameters ?? []);
  const list = (name: FilterParameter) => values.get(name) ?? [];
  const [from] = list('from');
  const [to] = list('to');
  const [all] = list('all');
  const filters: ExportFilters = {
    projects: list('project'),
    ...(from !== undefined ? { from: dateOf('from', from) } : {}),
    ...(to !== undefined ? { to: dateOf('to', to) } : {}),
    decisions: list('decision').map(decisionOf),
    models: list('model'),
    modelVersions: list('modelVersion'),
    promptVersions: list('promptVersion'),
    guidelinesVersions: list('guidelinesVersion').map(guidelinesVersionOf),
    reviewers: list('reviewer'),
    labels: list('label').map(labelOf),
    ...(all !== undefined ? { includeAll: allOf(all) } : {}),
  };
  if (from !== undefined && to !== undefined && fromMs(from) >= toEndMs(to)) {
    throw new ExportFilterError('from', `"${from}" is after to ("${to}"): the range is empty`);
  }
  return canonicalFilters(filters);
}

/** The canonical query text of `filters` (parameters in a fixed order, values sorted). */
export function filterQuery(filters: ExportFilters): string {
  const canonical = canonicalFilters(filters);
  const params = new URLSearchParams();
  const add = (name: FilterParameter, values: readonly (string | number)[] | undefined) => {
    for (const value of values ?? []) {
      params.append(name, String(value));
    }
  };
  add('project', canonical.projects);
  add('from', canonical.from === undefined ? [] : [canonical.from]);
  add('to', canonical.to === undefined ? [] : [canonical.to]);
  add('decision', canonical.decisions);
  add('model', canonical.models);
  add('modelVersion', canonical.modelVersions);
  add('promptVersion', canonical.promptVersions);
  add('guidelinesVersion', canonical.guidelinesVersions);
  add('reviewer', canonical.reviewers);
  add(
    'label',
    canonical.labels?.map((label) => `${label.question}=${label.value}`),
  );
  add('all', canonical.includeAll === true ? ['true'] : []);
  return params.toString();
}
