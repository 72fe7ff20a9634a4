/**
 * A queue entry is the small part of a draft the queue list needs (status, model, prompt version,
 * priority, age, a two-line preview), kept in its own table so a queue of 100k drafts opens
 * without reading 100k draft bodies. Built from the draft whenever the draft is written, and its
 * status updated in the same transaction as every decision.
 */
import type { DraftRow, QueueEntryRow } from './rows';

/** Longest preview kept: about two lines of the queue row; the rest would only cost memory. */
export const PREVIEW_LENGTH = 280;

/** Model name and version as one label, e.g. "gpt-4.1 2025-04-14". */
export function modelLabel(model: DraftRow['model']): string {
  return model.version === undefined ? model.name : `${model.name} ${model.version}`;
}

/**
 * The start of a draft as the queue shows it (two lines): the text as written, its line breaks
 * and runs of spaces folded into single spaces, so a greeting line is followed by what the draft
 * says. Nothing else is removed: a markdown-stripping guess turned `window.__x` into `window.x`
 * (issue 12). Shown as a React text node, so it is never parsed as HTML.
 */
export function previewText(markdown: string): string {
  const start = markdown.search(/\S/);
  if (start < 0) {
    return '';
  }
  // Only the head of a 10 MB draft is looked at: the preview is two lines.
  const head = markdown.slice(start, start + 4 * PREVIEW_LENGTH);
  const folded = head.replace(/\s+/g, ' ').trim();
  return Array.from(folded).slice(0, PREVIEW_LENGTH).join('');
}

/** The queue entry of a draft. */
export function toQueueEntry(draft: DraftRow): QueueEntryRow {
  const entry: QueueEntryRow = {
    projectId: draft.projectId,
    draftId: draft.id,
    rank: -draft.priority,
    priority: draft.priority,
    createdAt: draft.createdAt,
    arrival: draft.arrival ?? 0,
    status: draft.status,
    model: modelLabel(draft.model),
    preview: previewText(draft.draft),
  };
  if (draft.promptVersion !== undefined) {
    entry.promptVersion = draft.promptVersion;
  }
  if (draft.changedSinceReview !== undefined) {
    entry.changedSinceReview = draft.changedSinceReview;
  }
  return entry;
}
