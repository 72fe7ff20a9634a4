/**
 * SHA-256 of a draft's canonical JSON: tells a retried or repeated publish from a changed draft.
 * `createdAt` is left out: a file whose rows have none gets the time of each import, and
 * importing it again must publish nothing (the same rule as the app's import).
 */
import { createHash } from 'node:crypto';
import type { DraftInput } from '../../shared/domain/draft-schema';
import { canonicalJson } from '../../shared/json/canonical-json';

export function draftContentHash(draft: DraftInput): string {
  const { createdAt: _createdAt, ...content } = draft;
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}
