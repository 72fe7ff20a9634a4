/** The `projects` table. */
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
