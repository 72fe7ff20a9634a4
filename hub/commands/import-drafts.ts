/**
 * `import FILE --project NAME` (issue 10, point 2): publishes drafts from a JSON Lines, JSON or
 * CSV file through the app's own parsers (shared/import/), with the same row-level report by
 * line, field and reason. The project is created when no project has the name. A draft already
 * published with other content is revised; the same content publishes nothing, so importing a
 * file twice is harmless. Each batch of 500 drafts is one transaction.
 */
import { createReadStream, statSync, openSync, readSync, closeSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { DEFAULT_ESCALATION_REASONS } from '../../shared/domain/default-escalation-reasons';
import { checkProjectName } from '../../shared/domain/project-name';
import {
  DRAFT_TARGETS,
  type DraftTarget,
  type FieldMapping,
} from '../../shared/import/field-mapping';
import { PREVIEW_BYTES, previewFile } from '../../shared/import/file-preview';
import { runImport, type ImportFormat } from '../../shared/import/import-run';
import type { TextEncodingName } from '../../shared/import/encoding-name';
import { SPAN_UNITS, type SpanUnit } from '../../shared/import/span-annotations';
import { suggestMapping } from '../../shared/import/field-mapping';
import { problemReportCsv } from '../../shared/import/problem-report';
import { ulid } from '../../shared/ids/ulid';
import { publishDrafts } from '../log/publish-drafts';
import { publishProject, type Writer } from '../log/publish-project';
import { projectByName } from '../storage/queries/projections';
import type { HubStorage } from '../storage/storage';
import { CommandError, type CommandIo } from './command-io';

/** Who an admin command's records are written by: the hub's own operator, not a token's user. */
export const ADMIN_COMMAND_USER = 'hub-admin';
const BATCH_ROWS = 500;
const SHOWN_PROBLEMS = 50;
export const FORMATS: readonly ImportFormat[] = ['jsonl', 'json', 'csv', 'csv-cr'];
export const ENCODINGS: readonly TextEncodingName[] = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'big5',
  'windows-1252',
];

export interface ImportOptions {
  project: string | undefined;
  format?: string;
  encoding?: string;
  /** `target=field` pairs that replace the suggested mapping for those targets. */
  map?: string[];
  /** What the mapped spans field's offsets count (SPAN_UNITS); UTF-16 code units when absent. */
  spansUnit?: string;
  report?: string;
  dryRun?: boolean;
}

export interface ImportSummary {
  rowsRead: number;
  valid: number;
  problems: number;
  published: number;
  revised: number;
  unchanged: number;
  withdrawn: number;
  projectId: string | null;
}

function readHead(file: string): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(PREVIEW_BYTES);
    const read = readSync(fd, head, 0, PREVIEW_BYTES, 0);
    return head.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

async function* chunksOf(file: string): AsyncIterable<Uint8Array> {
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) {
    yield chunk as Buffer;
  }
}

function mappingFrom(paths: readonly string[], overrides: readonly string[]): FieldMapping {
  const mapping: FieldMapping = suggestMapping(paths);
  for (const pair of overrides) {
    const [target, ...rest] = pair.split('=');
    const field = rest.join('=');
    if (target === undefined || !(DRAFT_TARGETS as readonly string[]).includes(target)) {
      throw new CommandError(
        `--map ${pair}: the part before = must be one of ${DRAFT_TARGETS.join(', ')}.`,
      );
    }
    if (field === '') {
      delete mapping[target as DraftTarget];
    } else {
      mapping[target as DraftTarget] = field;
    }
  }
  if (mapping.draft === undefined) {
    throw new CommandError(
      `No field of the file was recognised as the draft (fields: ${paths.slice(0, 20).join(', ')}). ` +
        'Name it: --map draft=FIELD.',
    );
  }
  return mapping;
}

const where = (format: ImportFormat, row: number) =>
  format === 'json' ? `item ${row}` : `line ${row}`;

export async function importDraftsCommand(
  storage: HubStorage,
  io: CommandIo,
  file: string,
  options: ImportOptions,
  now = new Date(),
): Promise<ImportSummary> {
  if (options.project === undefined) {
    throw new CommandError('Name the project to publish into: --project NAME.');
  }
  const name = checkProjectName(options.project);
  if (!name.ok) {
    throw new CommandError(
      name.problem === 'empty' ? 'The project name is empty.' : 'The project name is too long.',
    );
  }
  if (options.format !== undefined && !(FORMATS as readonly string[]).includes(options.format)) {
    throw new CommandError(`--format must be one of ${FORMATS.join(', ')}.`);
  }
  if (
    options.encoding !== undefined &&
    !(ENCODINGS as readonly string[]).includes(options.encoding)
  ) {
    throw new CommandError(`--encoding must be one of ${ENCODINGS.join(', ')}.`);
  }
  if (
    options.spansUnit !== undefined &&
    !(SPAN_UNITS as readonly string[]).includes(options.spansUnit)
  ) {
    throw new CommandError(`--spans-unit must be one of ${SPAN_UNITS.join(', ')}.`);
  }
  const path = resolve(file);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new CommandError(`There is no file ${path}.`);
  }
  const preview = previewFile(readHead(path), basename(path), {
    complete: size <= PREVIEW_BYTES,
    ...(options.format === undefined ? {} : { format: options.format as ImportFormat }),
    ...(options.encoding === undefined ? {} : { encoding: options.encoding as TextEncodingName }),
  });
  if (!preview.ok) {
    throw new CommandError(`${path} cannot be read as ${preview.format}: ${preview.reason}.`);
  }
  const mapping: FieldMapping = {
    ...mappingFrom(preview.paths, options.map ?? []),
    ...(options.spansUnit === undefined ? {} : { spansUnit: options.spansUnit as SpanUnit }),
  };
  io.out(`Reading ${path} as ${preview.format}, ${preview.encoding}.`);
  io.out(
    `Mapping: ${Object.entries(mapping)
      .filter(([target]) => target !== 'spansUnit')
      .map(([target, field]) => `${target} ← ${field}`)
      .join(', ')}`,
  );

  const writer: Writer = { userId: ADMIN_COMMAND_USER, now: now.toISOString(), newId: ulid };
  let projectId: string | null =
    (await storage.read((sql) => projectByName(sql, name.name)))?.project_id ?? null;
  if (projectId === null && options.dryRun !== true) {
    const created = await storage.write((sql) =>
      publishProject(sql, writer, {
        name: name.name,
        settings: {
          guidelines: '',
          escalationReasons: [...DEFAULT_ESCALATION_REASONS],
          rubric: { questions: [] },
        },
      }),
    );
    projectId = created.project.projectId;
    io.out(`Created the project "${name.name}" (id ${projectId}).`);
  }
  const counts = { published: 0, revised: 0, unchanged: 0, withdrawn: 0 };
  let lastProgress = 0;
  const result = await runImport(chunksOf(path), {
    format: preview.format,
    encoding: preview.encoding,
    mapping,
    importedAt: now.toISOString(),
    batchRows: BATCH_ROWS,
    ...(options.dryRun === true || projectId === null
      ? {}
      : {
          writeBatch: async (drafts) => {
            const target = projectId ?? '';
            const answers = await storage.write((sql) =>
              publishDrafts(sql, writer, target, drafts, 'revise'),
            );
            for (const answer of answers) {
              if (
                answer.status === 'published' ||
                answer.status === 'revised' ||
                answer.status === 'unchanged'
              ) {
                counts[answer.status] += 1;
              } else {
                counts.withdrawn += 1; // 'exists' in revise mode: only a withdrawn draft
              }
            }
          },
        }),
    onProgress: (progress) => {
      if (Date.now() - lastProgress > 1_000) {
        lastProgress = Date.now();
        io.err(
          `${progress.rowsRead} rows read, ${progress.problemCount} with problems` +
            `${progress.rowsWritten === undefined ? '' : `, ${progress.rowsWritten} published`}…`,
        );
      }
    },
  });
  if (result.state === 'failed') {
    throw new CommandError(
      `${path} could not be read: ${result.failure ?? 'unknown reason'}. ` +
        `${counts.published + counts.revised} drafts were published before that.`,
    );
  }
  for (const problem of result.problems.slice(0, SHOWN_PROBLEMS)) {
    io.out(
      `  ${where(preview.format, problem.row)}${problem.field === null ? '' : `, ${problem.field}`}: ${problem.reason}`,
    );
  }
  if (result.problemCount > SHOWN_PROBLEMS) {
    io.out(
      `  …and ${result.problemCount - SHOWN_PROBLEMS} more` +
        (options.report === undefined ? ' (--report FILE.csv writes them all).' : '.'),
    );
  }
  if (options.report !== undefined) {
    writeFileSync(resolve(options.report), problemReportCsv(result.problems));
    io.out(`Wrote the report (${result.problems.length} problems) to ${resolve(options.report)}.`);
  }
  const summary: ImportSummary = {
    rowsRead: result.rowsRead,
    valid: result.rowsValid,
    problems: result.problemCount,
    ...counts,
    projectId,
  };
  io.out(
    options.dryRun === true
      ? `Checked ${summary.rowsRead} rows: ${summary.valid} valid, ${summary.problems} with problems. Nothing was published (--dry-run).`
      : `Published ${counts.published} new drafts into "${name.name}", revised ${counts.revised}, ` +
          `${counts.unchanged} unchanged${counts.withdrawn > 0 ? `, ${counts.withdrawn} withdrawn ones left alone` : ''}; ` +
          `${summary.problems} rows had problems and were not imported.`,
  );
  return summary;
}
