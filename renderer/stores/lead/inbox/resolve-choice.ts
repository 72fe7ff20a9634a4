/**
 * A lead's call on an inbox row as the event it becomes (pure): a `resolve` listing every head
 * the lead saw as its parents, so it collapses them (DESIGN.md, Draft state), or the `comment`
 * that sends the draft back to the reviewers (see inbox-item.ts).
 */
import type { CommentPayload, ResolvePayload } from '../../../../shared/domain/decision-event';
import { isKind } from '../../../../shared/domain/decision-event';
import type { InboxItem } from './inbox-item';

/** What the lead chose. */
export type ResolveChoice =
  | { kind: 'original' }
  | { kind: 'reviewer-edit'; eventId: string }
  | { kind: 'final-text'; text: string }
  | { kind: 'reject' };

export interface PlannedEvent<P> {
  payload: P;
  parents: string[];
}

/** Thrown for a choice that does not fit the row (an edit that is not one of its heads). */
export class ResolveChoiceError extends Error {}

/** The reviewers' edits among the heads, oldest first: keys 1, 2, … pick them. */
export function headEdits(item: InboxItem) {
  return item.heads.filter((head) => isKind(head, 'edit'));
}

/** The `resolve` for `choice` on `item`, with `note` (left out when blank). */
export function planResolve(
  item: InboxItem,
  choice: ResolveChoice,
  note: string,
): PlannedEvent<ResolvePayload> {
  const trimmed = note.trim();
  const withNote = trimmed === '' ? {} : { note: trimmed };
  const parents = item.heads.map((head) => head.eventId);
  const original = item.record.draft.draft;
  switch (choice.kind) {
    case 'original':
      return { payload: { verdict: 'approve', ...withNote }, parents };
    case 'reject':
      return { payload: { verdict: 'reject', ...withNote }, parents };
    case 'reviewer-edit': {
      const head = item.heads.find((candidate) => candidate.eventId === choice.eventId);
      if (head === undefined || !isKind(head, 'edit')) {
        throw new ResolveChoiceError('not an edit among the heads');
      }
      return {
        payload: { verdict: 'edit', finalText: head.payload.finalText, ...withNote },
        parents,
      };
    }
    case 'final-text':
      // Written back to the original word for word: that is accepting the original.
      return choice.text === original
        ? { payload: { verdict: 'approve', ...withNote }, parents }
        : { payload: { verdict: 'edit', finalText: choice.text, ...withNote }, parents };
  }
}

/** The send-back `comment`: the lead's words, with the heads it returns as parents. */
export function planSendBack(item: InboxItem, comment: string): PlannedEvent<CommentPayload> {
  const text = comment.trim();
  if (text === '') {
    throw new ResolveChoiceError('a send-back needs a comment');
  }
  return { payload: { text }, parents: item.heads.map((head) => head.eventId) };
}
