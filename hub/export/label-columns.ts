/**
 * The `labels.<id>` columns of a CSV or Parquet export: the rubric questions of the exported
 * projects, projects in export order (code units of their id), each rubric in its own order,
 * a question id once (where it first appears). A question id whose kind differs between
 * projects gets no kind (a text column), as the writers ask (shared/export/formats).
 */
import type { RecordProject } from '../../shared/export';
import type { LabelColumnSpec } from '../../shared/export/formats';
import { compareCodeUnits } from '../../shared/export';

export function labelColumnsOf(projects: Iterable<RecordProject>): LabelColumnSpec[] {
  const columns = new Map<string, LabelColumnSpec>();
  const ordered = [...projects].sort((a, b) => compareCodeUnits(a.id, b.id));
  for (const project of ordered) {
    for (const question of project.rubric?.questions ?? []) {
      const seen = columns.get(question.id);
      if (seen === undefined) {
        columns.set(question.id, { id: question.id, kind: question.kind });
      } else if (seen.kind !== question.kind) {
        columns.set(question.id, { id: question.id });
      }
    }
  }
  return [...columns.values()];
}
