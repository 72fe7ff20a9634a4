/** One diff the editor asks for, and its answer; shared by the worker and the inline fallback. */
import { diffTexts, editMetrics, type DiffOp, type EditMetrics } from '../../../shared/text-diff';

export interface DiffRequest {
  id: number;
  original: string;
  edited: string;
}

export interface DiffResult {
  ops: DiffOp[];
  metrics: EditMetrics;
}

export interface DiffResponse extends DiffResult {
  id: number;
}

/** Computes what the worker computes; the inline fallback calls it directly. */
export function computeDiff(original: string, edited: string): DiffResult {
  return { ops: diffTexts(original, edited), metrics: editMetrics(original, edited) };
}
