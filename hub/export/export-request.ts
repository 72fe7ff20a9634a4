/**
 * The query of `GET /v1/exports/:format[/manifest]` (issue 13 point 5): the filters under the
 * names export-filter-query.ts gives them (the CLI's flags use the same), then the split
 * (`split=RATIO&salt=S`), the file (`file=train|test`, or `data` unsplit), an incremental
 * start (`after=SEQ`) and the cursor the export reflects (`upTo=SEQ`). A refusal names the
 * parameter and why.
 */
import type { ExportFilters, ExportFormat, SplitName, SplitOptions } from '../../shared/export';
import { EXPORT_FORMATS, ExportFilterError, parseFilterQuery } from '../../shared/export';
import { HubRequestError } from '../log/request-error';
import { SchemaValidationError } from '../server/schema-validation';

export const EXPORT_PARAMETERS = ['split', 'salt', 'file', 'after', 'upTo'] as const;

export type ExportFileName = SplitName | 'data';

export interface ExportRequest {
  format: ExportFormat;
  filters: ExportFilters;
  split?: SplitOptions;
  /** The file asked for; `data` when the export is not split. */
  file: ExportFileName;
  after?: number;
  upTo?: number;
}

/** Longest salt: it is written into every manifest. */
export const MAX_SALT_LENGTH = 200;

const refuse = (parameter: string, reason: string) =>
  new SchemaValidationError('query', [{ path: parameter, message: reason }]);

/** The format of the path, or a 404 that lists the formats. */
export function exportFormatOf(value: string): ExportFormat {
  const format = EXPORT_FORMATS.find((known) => known === value);
  if (format === undefined) {
    throw new HubRequestError(
      404,
      'unknown_format',
      `There is no export format ${JSON.stringify(value.slice(0, 100))}; the formats are ` +
        `${EXPORT_FORMATS.join(', ')}.`,
    );
  }
  return format;
}

function single(params: URLSearchParams, name: string): string | undefined {
  const values = params.getAll(name);
  if (values.length > 1) {
    throw refuse(name, 'given more than once');
  }
  return values[0];
}

function cursorOf(params: URLSearchParams, name: 'after' | 'upTo'): number | undefined {
  const value = single(params, name);
  if (value === undefined) {
    return undefined;
  }
  if (!/^\d{1,15}$/.test(value)) {
    throw refuse(name, `"${value.slice(0, 40)}" is not a seq (a whole number from 0)`);
  }
  return Number(value);
}

function splitOf(params: URLSearchParams): SplitOptions | undefined {
  const ratio = single(params, 'split');
  const salt = single(params, 'salt');
  if (ratio === undefined) {
    if (salt !== undefined) {
      throw refuse('salt', 'only means something with split=RATIO');
    }
    return undefined;
  }
  const testRatio = /^(?:0(?:\.\d{1,12})?|1(?:\.0{1,12})?|\.\d{1,12})$/.test(ratio)
    ? Number(ratio)
    : Number.NaN;
  if (!(testRatio >= 0 && testRatio <= 1)) {
    throw refuse(
      'split',
      `"${ratio.slice(0, 40)}" is not a test share (a number from 0 to 1, e.g. 0.1)`,
    );
  }
  if (salt !== undefined && salt.length > MAX_SALT_LENGTH) {
    throw refuse('salt', `longer than ${MAX_SALT_LENGTH} characters`);
  }
  return { testRatio, salt: salt ?? '' };
}

function fileOf(params: URLSearchParams, split: SplitOptions | undefined): ExportFileName {
  const file = single(params, 'file');
  if (split === undefined) {
    if (file !== undefined && file !== 'data') {
      throw refuse('file', 'the export is not split: leave file out (or file=data)');
    }
    return 'data';
  }
  if (file !== 'train' && file !== 'test') {
    throw refuse('file', 'the export is split: ask for file=train or file=test');
  }
  return file;
}

/**
 * Parses the query of an export route. `needsFile`: the data route must know which split
 * file to send; the manifest describes all of them.
 */
export function parseExportRequest(
  format: ExportFormat,
  search: URLSearchParams,
  needsFile: boolean,
): ExportRequest {
  let filters: ExportFilters;
  try {
    filters = parseFilterQuery(search, { otherParameters: EXPORT_PARAMETERS });
  } catch (error) {
    if (error instanceof ExportFilterError) {
      throw refuse(error.parameter, error.reason);
    }
    throw error;
  }
  const split = splitOf(search);
  // The manifest describes every file: `file` is checked when given, never required.
  const file =
    needsFile || search.has('file')
      ? fileOf(search, split)
      : split === undefined
        ? 'data'
        : 'train';
  const after = cursorOf(search, 'after');
  const upTo = cursorOf(search, 'upTo');
  if (after !== undefined && upTo !== undefined && after > upTo) {
    throw refuse('after', `${after} is after upTo (${upTo})`);
  }
  return {
    format,
    filters,
    ...(split !== undefined ? { split } : {}),
    file,
    ...(after !== undefined ? { after } : {}),
    ...(upTo !== undefined ? { upTo } : {}),
  };
}
