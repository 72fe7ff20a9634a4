/**
 * The `labels.<id>` columns of a CSV or Parquet export: the rubric questions of the exported
 * projects, projects in export order (code units of their id), each rubric in its own order,
 * a question id once (where it first appears). A question id whose kind differs between
 * projects gets no kind (a text column), as the writers ask (shared/export/formats). The app,
 * the hub and so the CLI all call it: the same projects give the same columns, whatever the
 * machine's locale or the order the projects were read in.
 */
import type { RecordProject } from './build-record';
import { compareCodeUnits } from './export-order';
import type { LabelColumnSpec } from './formats/parquet-columns';

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
