/**
 * A lead publishes a project and revises its settings (SYNC.md §1, §8): `project.published`
 * once, then a `project.settings` record per saved change, each the next settings version.
 * A retry of either with the content the hub already holds is answered `unchanged`.
 */
// Guidelines compare by language: one plain string (an older app) equals the same text sent in
// its language's field, so a retry from either app is `unchanged`.
import type { ProjectSettings } from '../../shared/domain/project-settings';
import { sameSettings } from '../../shared/domain/project-settings-check';
import type { HubProject } from '../../shared/sync/hub-records';
import type {
  ProjectAnswer,
  PublishProjectRequest,
  ReviseSettingsRequest,
} from '../../shared/sync/publish';
import { projectById, projectByName } from '../storage/queries/projections';
import type { ProjectRow } from '../storage/rows';
import type { SqlExecutor } from '../storage/sql';
import { appendToLog } from './append';
import { HubRequestError } from './request-error';

export interface Writer {
  userId: string;
  now: string;
  newId: () => string;
}

export function hubProjectOf(row: ProjectRow): HubProject {
  return {
    projectId: row.project_id,
    name: row.name,
    settingsVersion: row.settings_version,
    settings: JSON.parse(row.settings) as ProjectSettings,
  };
}

export async function requireProject(sql: SqlExecutor, projectId: string): Promise<ProjectRow> {
  const project = await projectById(sql, projectId);
  if (project === undefined) {
    throw new HubRequestError(404, 'unknown_project', 'No project with this id was published.');
  }
  return project;
}

async function refuseTakenName(sql: SqlExecutor, name: string, projectId: string) {
  const named = await projectByName(sql, name);
  if (named !== undefined && named.project_id !== projectId) {
    throw new HubRequestError(409, 'name_taken', 'Another project on the hub has this name.');
  }
}

export async function publishProject(
  sql: SqlExecutor,
  writer: Writer,
  request: PublishProjectRequest,
): Promise<ProjectAnswer> {
  const projectId = request.projectId ?? writer.newId();
  const existing = await projectById(sql, projectId);
  if (existing !== undefined) {
    const held = hubProjectOf(existing);
    const same =
      held.name === request.name &&
      sameSettings(held.settings, request.settings) &&
      (request.settingsVersion === undefined || request.settingsVersion === held.settingsVersion);
    if (!same) {
      throw new HubRequestError(
        409,
        'project_exists',
        'A project with this id is already published: revise its settings instead.',
      );
    }
    return { status: 'unchanged', seq: existing.updated_seq, project: held };
  }
  await refuseTakenName(sql, request.name, projectId);
  const project: HubProject = {
    projectId,
    name: request.name,
    settingsVersion: request.settingsVersion ?? 1,
    settings: request.settings,
  };
  const [row] = await appendToLog(
    sql,
    [
      {
        recordId: writer.newId(),
        kind: 'project.published',
        projectId,
        draftId: null,
        deviceId: null,
        deviceSeq: null,
        userId: writer.userId,
        payloadHash: null,
        body: { project },
      },
    ],
    writer.now,
  );
  return { status: 'published', seq: row?.seq ?? 0, project };
}

export async function reviseSettings(
  sql: SqlExecutor,
  writer: Writer,
  projectId: string,
  request: ReviseSettingsRequest,
): Promise<ProjectAnswer> {
  const existing = hubProjectOf(await requireProject(sql, projectId));
  const name = request.name ?? existing.name;
  if (name === existing.name && sameSettings(existing.settings, request.settings)) {
    const row = await requireProject(sql, projectId);
    return { status: 'unchanged', seq: row.updated_seq, project: existing };
  }
  if (request.baseVersion !== existing.settingsVersion) {
    throw new HubRequestError(
      409,
      'stale_version',
      `The settings were changed meanwhile: the hub holds version ${existing.settingsVersion}, ` +
        `the change was made on version ${request.baseVersion}.`,
    );
  }
  await refuseTakenName(sql, name, projectId);
  const settingsVersion = existing.settingsVersion + 1;
  const [row] = await appendToLog(
    sql,
    [
      {
        recordId: writer.newId(),
        kind: 'project.settings',
        projectId,
        draftId: null,
        deviceId: null,
        deviceSeq: null,
        userId: writer.userId,
        payloadHash: null,
        body: { name, settingsVersion, settings: request.settings },
      },
    ],
    writer.now,
  );
  return {
    status: 'revised',
    seq: row?.seq ?? 0,
    project: { projectId, name, settingsVersion, settings: request.settings },
  };
}
