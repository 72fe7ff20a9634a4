/**
 * The CLI's flags as the hub's export query (`/v1/exports/:format?…`): the filters keep the
 * query's names (`--model-version` is `modelVersion`) and are checked by the same parser the
 * hub runs (shared/export/export-filter-query.ts), so a bad value is refused before anything
 * is sent, in the same words.
 */
import type { FilterParameter } from '../../shared/export';
import { ExportFilterError, filterQuery, parseFilterQuery } from '../../shared/export';
import { CliError, EXIT } from './exit-codes';

/** Filter flags as commander hands them over (lists repeat the flag). */
export interface FilterFlags {
  project?: string[];
  from?: string;
  to?: string;
  decision?: string[];
  model?: string[];
  modelVersion?: string[];
  promptVersion?: string[];
  guidelinesVersion?: string[];
  reviewer?: string[];
  label?: string[];
  all?: boolean;
}

export interface SplitFlags {
  split?: string;
  salt?: string;
  after?: string;
  upTo?: string;
}

/** `modelVersion` → `--model-version`, for messages in the words the user typed. */
export const flagOf = (parameter: string) =>
  `--${parameter.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

const FILTER_FLAGS: Record<FilterParameter, keyof FilterFlags> = {
  project: 'project',
  from: 'from',
  to: 'to',
  decision: 'decision',
  model: 'model',
  modelVersion: 'modelVersion',
  promptVersion: 'promptVersion',
  guidelinesVersion: 'guidelinesVersion',
  reviewer: 'reviewer',
  label: 'label',
  all: 'all',
};

function filterParams(flags: FilterFlags): URLSearchParams {
  const params = new URLSearchParams();
  for (const [parameter, key] of Object.entries(FILTER_FLAGS)) {
    const value = flags[key];
    if (value === true) {
      params.append(parameter, 'true');
    } else if (typeof value === 'string') {
      params.append(parameter, value);
    } else if (Array.isArray(value)) {
      value.forEach((item) => params.append(parameter, item));
    }
  }
  return params;
}

/** A test share as the hub accepts it: 0, 1 or a decimal between (e.g. 0.1, .25). */
const RATIO = /^(?:0(?:\.\d{1,12})?|1(?:\.0{1,12})?|\.\d{1,12})$/;

function splitParams(flags: SplitFlags, params: URLSearchParams): void {
  if (flags.split === undefined) {
    if (flags.salt !== undefined) {
      throw new CliError('--salt only means something with --split RATIO', EXIT.usage);
    }
  } else {
    const ratio = Number(flags.split);
    if (!RATIO.test(flags.split) || !(ratio >= 0 && ratio <= 1)) {
      throw new CliError(
        `--split: "${flags.split}" is not a test share (a number from 0 to 1, e.g. 0.1)`,
        EXIT.usage,
      );
    }
    params.append('split', String(ratio));
    params.append('salt', flags.salt ?? '');
  }
  for (const [parameter, value] of [
    ['after', flags.after],
    ['upTo', flags.upTo],
  ] as const) {
    if (value === undefined) {
      continue;
    }
    if (!/^\d{1,15}$/.test(value)) {
      throw new CliError(
        `${flagOf(parameter)}: "${value}" is not a seq (a whole number from 0)`,
        EXIT.usage,
      );
    }
    params.append(parameter, value);
  }
}

/** The canonical query for these flags (filters first, then split, after and upTo). */
export function exportQuery(flags: FilterFlags & SplitFlags): URLSearchParams {
  let canonical: string;
  try {
    canonical = filterQuery(parseFilterQuery(filterParams(flags)));
  } catch (error) {
    if (error instanceof ExportFilterError) {
      throw new CliError(`${flagOf(error.parameter)}: ${error.reason}`, EXIT.usage);
    }
    throw error;
  }
  const params = new URLSearchParams(canonical);
  splitParams(flags, params);
  return params;
}
