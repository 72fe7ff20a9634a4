/**
 * Which drafts an export of the hub holds, fixed once at its start: the log up to cursor
 * `upTo` (default: the latest `seq`), without the drafts withdrawn by then, and with `after`
 * only the drafts whose content or decisions changed in `(after, upTo]`.
 *
 * Order: project id, then draft id, compared by UTF-16 code units (shared/export/export-order).
 * The keys are sorted here in JavaScript, not by SQL: SQLite's BINARY and PostgreSQL's
 * COLLATE "C" both compare UTF-8 bytes, which order a character above U+FFFF (a surrogate pair
 * in UTF-16) after U+E000–U+FFFF, where UTF-16 code units put it before. The keys carry no
 * text (a few dozen bytes a draft, ~10 MB for 100k drafts); the text is read page by page
 * (export-items.ts).
 */
import type { RecordProject } from '../../shared/export';
import { compareCodeUnits, compareExportOrder } from '../../shared/export';
import type { ProjectSettings } from '../../shared/domain/project-settings';
import { readHigh, readIdentity, type HubIdentityRow } from '../storage/queries/identity';
import {
  draftContentSeqAt,
  draftsDecidedBetween,
  exportDraftKeys,
  exportProjects,
  projectRecordAt,
  userNames,
} from '../storage/queries/exports';
import type { SqlExecutor } from '../storage/sql';
import { SchemaValidationError } from '../server/schema-validation';

export interface ExportDraftKey {
  projectId: string;
  draftId: string;
  /** The log record holding the draft's content as of `upTo`. */
  contentSeq: number;
}

export interface ExportSnapshot {
  identity: HubIdentityRow;
  /** The cursor the export reflects (`upTo`). */
  seq: number;
  after?: number;
  /** The snapshot's projects (those the filter names, if it names any), by id. */
  projects: Map<string, RecordProject>;
  /** Drafts in export order. */
  keys: ExportDraftKey[];
  names: Map<string, string>;
}

const refuse = (parameter: string, reason: string) =>
  new SchemaValidationError('query', [{ path: parameter, message: reason }]);

interface NamedSettings {
  name: string;
  settings: Pick<ProjectSettings, 'rubric'>;
}

/** The project as it stood at `upTo`, or undefined when it was published later. */
async function projectAt(
  sql: SqlExecutor,
  row: { project_id: string; name: string; settings: string; updated_seq: number },
  upTo: number,
): Promise<RecordProject | undefined> {
  let named: NamedSettings;
  if (row.updated_seq <= upTo) {
    named = { name: row.name, settings: JSON.parse(row.settings) as ProjectSettings };
  } else {
    const record = await projectRecordAt(sql, row.project_id, upTo);
    if (record === undefined) {
      return undefined;
    }
    const body = JSON.parse(record.body) as { project?: NamedSettings } & NamedSettings;
    named = record.kind === 'project.published' && body.project ? body.project : body;
  }
  return {
    id: row.project_id,
    name: named.name,
    ...(named.settings.rubric !== undefined ? { rubric: named.settings.rubric } : {}),
  };
}

export async function readExportSnapshot(
  sql: SqlExecutor,
  request: { projects?: readonly string[]; after?: number; upTo?: number },
): Promise<ExportSnapshot> {
  const identity = await readIdentity(sql);
  const high = await readHigh(sql);
  if (request.upTo !== undefined && request.upTo > high) {
    throw refuse('upTo', `${request.upTo} is beyond the hub's latest seq (${high})`);
  }
  const seq = request.upTo ?? high;
  if (request.after !== undefined && request.after > seq) {
    throw refuse('after', `${request.after} is beyond the export's seq (${seq})`);
  }

  const projects = new Map<string, RecordProject>();
  const projectRows = await exportProjects(sql, request.projects);
  projectRows.sort((a, b) => compareCodeUnits(a.project_id, b.project_id));
  for (const row of projectRows) {
    const project = await projectAt(sql, row, seq);
    if (project !== undefined) {
      projects.set(project.id, project);
    }
  }

  const changed =
    request.after === undefined
      ? undefined
      : new Set(
          (await draftsDecidedBetween(sql, request.after, seq)).map(
            (row) => `${row.project_id}\0${row.draft_id}`,
          ),
        );
  const keys: ExportDraftKey[] = [];
  for (const row of await exportDraftKeys(sql, request.projects)) {
    if (!projects.has(row.project_id)) {
      continue;
    }
    if (row.withdrawn_seq !== null && Number(row.withdrawn_seq) <= seq) {
      continue; // withdrawn by then: no longer part of the team's set
    }
    const contentSeq =
      Number(row.content_seq) <= seq
        ? Number(row.content_seq)
        : await draftContentSeqAt(sql, row.project_id, row.draft_id, seq);
    if (contentSeq === undefined) {
      continue; // published after the cursor
    }
    if (
      changed !== undefined &&
      request.after !== undefined &&
      contentSeq <= request.after &&
      !changed.has(`${row.project_id}\0${row.draft_id}`)
    ) {
      continue;
    }
    keys.push({ projectId: row.project_id, draftId: row.draft_id, contentSeq });
  }
  keys.sort((a, b) =>
    compareExportOrder(
      { project: a.projectId, id: a.draftId },
      { project: b.projectId, id: b.draftId },
    ),
  );
  return {
    identity,
    seq,
    ...(request.after !== undefined ? { after: request.after } : {}),
    projects,
    keys,
    names: await userNames(sql),
  };
}
