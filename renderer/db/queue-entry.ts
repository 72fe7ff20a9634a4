/**
 * A queue entry is the small part of a draft the queue list needs (status, model, prompt version,
 * priority, age, a one-line preview), kept in its own table so a queue of 100k drafts opens
 * without reading 100k draft bodies. Built from the draft whenever the draft is written, and its
 * status updated in the same transaction as every decision.
 */
import type { DraftRow, QueueEntryRow } from './rows';

/** Longest preview kept; the row shows one line, so the rest would only cost memory. */
export const PREVIEW_LENGTH = 160;

/** Model name and version as one label, e.g. "gpt-4.1 2025-04-14". */
export function modelLabel(model: DraftRow['model']): string {
  return model.version === undefined ? model.name : `${model.name} ${model.version}`;
}

/**
 * The first non-empty line of a markdown draft as plain text: leading block markers (#, >, -, 1.)
 * and emphasis characters removed. Shown as a React text node, so it is never parsed as HTML.
 */
export function firstLine(markdown: string): string {
  // Only the head of a 10 MB draft is looked at: the preview is one line.
  const head = markdown.slice(0, 4 * PREVIEW_LENGTH);
  const line = head.split(/\r?\n/).find((candidate) => candidate.trim() !== '') ?? '';
  return line
    .trim()
    .replace(/^(#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)+/, '')
    .replace(/[*_`~]+/g, '')
    .trim();
}

/** The queue entry of a draft. */
export function toQueueEntry(draft: DraftRow): QueueEntryRow {
  const entry: QueueEntryRow = {
    projectId: draft.projectId,
    draftId: draft.id,
    rank: -draft.priority,
    priority: draft.priority,
    createdAt: draft.createdAt,
    status: draft.status,
    model: modelLabel(draft.model),
    preview: Array.from(firstLine(draft.draft)).slice(0, PREVIEW_LENGTH).join(''),
  };
  if (draft.promptVersion !== undefined) {
    entry.promptVersion = draft.promptVersion;
  }
  if (draft.changedSinceReview !== undefined) {
    entry.changedSinceReview = draft.changedSinceReview;
  }
  return entry;
}
