/**
 * What the lead's statistics read from the local store (issue 14 point 4): every draft of every
 * project with its events, as `StatsDraft`s. Reads through the export's paged reader
 * (export-items-repository.ts), so withdrawn drafts are left out exactly as exports leave them
 * out, and memory holds two pages of rows at a time besides the result.
 */
import type { StatsDraft } from '../../../shared/stats/stats-input';
import { toStatsDraft } from '../../../shared/stats/stats-input';
import type { LoupeDatabase } from '../loupe-database';
import { readExportItems } from './export-items-repository';
import { listProjects } from './projects-repository';

/** Every draft of the store with its events, for `computeStatistics`. */
export async function readStatsDrafts(db: LoupeDatabase): Promise<StatsDraft[]> {
  const projects = await listProjects(db);
  const drafts: StatsDraft[] = [];
  for await (const item of readExportItems(
    db,
    projects.map((project) => ({ id: project.id, name: project.name })),
  )) {
    drafts.push(toStatsDraft(item.draft, item.events));
  }
  return drafts;
}
