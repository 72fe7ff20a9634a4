/** The `projects` table. */
import { settingsOf, type ProjectSettings } from '../../../shared/domain/project-settings';
import { sameSettings } from '../../../shared/domain/project-settings-check';
import type { LoupeDatabase } from '../loupe-database';
import type { ProjectRow } from '../rows';

/** Creates or replaces a project. */
export async function putProject(db: LoupeDatabase, project: ProjectRow): Promise<void> {
  await db.projects.put(project);
}

export async function getProject(db: LoupeDatabase, id: string): Promise<ProjectRow | undefined> {
  return db.projects.get(id);
}

/** All projects, by name. */
export async function listProjects(db: LoupeDatabase): Promise<ProjectRow[]> {
  const projects = await db.projects.toArray();
  return projects.sort((a, b) => a.name.localeCompare(b.name));
}

/** Changes some fields of a project; false when there is no such project. */
export async function updateProject(
  db: LoupeDatabase,
  id: string,
  changes: Partial<Omit<ProjectRow, 'id'>>,
): Promise<boolean> {
  return (await db.projects.update(id, changes)) === 1;
}

/** What {@link saveProjectSettings} did. */
export type SettingsWrite =
  | { status: 'saved'; project: ProjectRow }
  /** The settings were already these: nothing written, the version stays. */
  | { status: 'unchanged'; project: ProjectRow }
  /** The stored version is not the one the edit started from (another window saved first). */
  | { status: 'conflict'; project: ProjectRow }
  | { status: 'missing' };

/**
 * Stores checked settings as the project's next version, in one transaction: the version is
 * read and raised by exactly one in the same transaction that writes the settings, so two saves
 * can never share a number and the number never goes down. A save that changes nothing keeps the
 * version. `baseVersion`, when given, is the version the edit started from.
 */
export async function saveProjectSettings(
  db: LoupeDatabase,
  id: string,
  settings: ProjectSettings,
  baseVersion?: number,
): Promise<SettingsWrite> {
  return db.transaction('rw', db.projects, async (): Promise<SettingsWrite> => {
    const stored = await db.projects.get(id);
    if (stored === undefined) {
      return { status: 'missing' };
    }
    if (baseVersion !== undefined && baseVersion !== stored.guidelinesVersion) {
      return { status: 'conflict', project: stored };
    }
    if (sameSettings(settingsOf(stored), settings)) {
      return { status: 'unchanged', project: stored };
    }
    const project: ProjectRow = {
      ...stored,
      ...settings,
      guidelinesVersion: stored.guidelinesVersion + 1,
    };
    await db.projects.put(project);
    return { status: 'saved', project };
  });
}

/** The ids of the projects on the hub `hubId` (their decisions are pushed; SYNC.md §2). */
export async function projectsOnHub(
  db: LoupeDatabase,
  hubId: string | undefined,
): Promise<Set<string>> {
  if (hubId === undefined) {
    return new Set();
  }
  const projects = await db.projects.toArray();
  return new Set(projects.filter((project) => project.hub?.hubId === hubId).map((p) => p.id));
}
