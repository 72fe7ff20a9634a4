/**
 * The edit metrics a record carries (EXPORTS.md §3), on grapheme clusters, from
 * shared/text-diff's editMetrics: editChars = Levenshtein distance, editRate = editChars /
 * graphemes of the final (HTER-style), normEdit = editChars / max of the two lengths, and
 * wordEditRate only for text written with spaces.
 */
import { editMetrics } from '../text-diff';
import type { RecordMetrics } from './loupe-record';

export function recordMetrics(original: string, final: string): RecordMetrics {
  const metrics = editMetrics(original, final);
  const longest = Math.max(metrics.originalGraphemes, metrics.finalGraphemes, 1);
  return {
    editChars: metrics.charDistance,
    editRate: metrics.charRate,
    normEdit: metrics.charDistance / longest,
    ...(metrics.wordRate !== null ? { wordEditRate: metrics.wordRate } : {}),
    changed: metrics.changed,
  };
}
