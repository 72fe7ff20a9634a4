/**
 * Text diff and edit metrics for the review desk: what the reviewer sees (diffTexts) and what
 * exports record (editMetrics). Pure functions; the only platform API is Intl.Segmenter.
 */
export { diffTexts, LINE_WORK_BUDGET, REFINE_WORK_BUDGET, TOKEN_WORK_BUDGET } from './diff';
export type { DiffKind, DiffOp } from './diff';
export { segmentGraphemes } from './graphemes';
export { levenshtein } from './levenshtein';
export type { WorkBudget } from './myers';
export {
  charEditRate,
  DISTANCE_WORK_BUDGET,
  editMetrics,
  ESTIMATE_WORK_BUDGET,
  mostlyUnspaced,
  splitWords,
  UNSPACED_SHARE_LIMIT,
  WORD_DISTANCE_WORK_BUDGET,
} from './metrics';
export type { EditMetrics } from './metrics';
export { isCharacterToken, segmentForDiff } from './segment';
