/** The field mapping the import offers for a file, before the reviewer changes anything. */
import { suggestMapping, type FieldMapping } from '../../../shared/import/field-mapping';
import { useProjectsStore } from '../projects/projects-store';
import type { ImportTarget } from './import-state';

/** The mapping to offer: the project's last one when the file has its fields, else a guess. */
export function offeredMapping(
  paths: readonly string[],
  target: ImportTarget | null,
): FieldMapping {
  const project =
    target?.kind === 'existing'
      ? useProjectsStore.getState().projects.find((row) => row.id === target.projectId)
      : undefined;
  const remembered = project?.importMapping;
  if (remembered !== undefined) {
    const available = new Set(paths);
    if (Object.values(remembered).every((path) => available.has(path))) {
      return remembered;
    }
  }
  return suggestMapping(paths);
}
