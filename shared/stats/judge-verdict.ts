/**
 * What an LLM judge's free-text verdict says, as pass or fail, so it can be compared with the
 * humans. Judges write "pass", "PASS", "approve", "good"…; the words below are matched after
 * trimming and lower-casing. A verdict that is neither (a score band, "unsure") is kept in the
 * confusion matrix under its own name but left out of κ, and counted as unmapped.
 *
 * The human side: `approved` is a pass; `edited`, `rejected` (a lead's call) and `escalated` say
 * the draft was not good as written, a fail.
 */
import type { RecordDecision } from '../export/loupe-record';

export type Pass = 'pass' | 'fail';

const PASS_WORDS = [
  'pass',
  'passed',
  'approve',
  'approved',
  'accept',
  'accepted',
  'good',
  'correct',
  'yes',
  'true',
  'ok',
];
const FAIL_WORDS = [
  'fail',
  'failed',
  'reject',
  'rejected',
  'edit',
  'edited',
  'escalate',
  'escalated',
  'bad',
  'incorrect',
  'wrong',
  'no',
  'false',
];

const MEANING = new Map<string, Pass>([
  ...PASS_WORDS.map((word) => [word, 'pass'] as const),
  ...FAIL_WORDS.map((word) => [word, 'fail'] as const),
]);

/** The judge's verdict as shown in the matrix: trimmed and lower-cased. */
export function judgeVerdictKey(verdict: string): string {
  return verdict.trim().toLowerCase();
}

/** Pass, fail, or undefined for a verdict with neither meaning. */
export function judgePass(verdict: string): Pass | undefined {
  return MEANING.get(judgeVerdictKey(verdict));
}

/** The human decisions compared with the judge: a final human call on the draft. */
export const HUMAN_DECISIONS = ['approved', 'edited', 'rejected', 'escalated'] as const;
export type HumanDecision = (typeof HUMAN_DECISIONS)[number];

const HUMAN: ReadonlySet<string> = new Set(HUMAN_DECISIONS);

/** True for a record decision that is a human call (not pending, skipped or disputed). */
export function isHumanDecision(decision: RecordDecision): decision is HumanDecision {
  return HUMAN.has(decision);
}

export function humanPass(decision: HumanDecision): Pass {
  return decision === 'approved' ? 'pass' : 'fail';
}
