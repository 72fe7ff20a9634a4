/** A draft written by a model, with the source context it was written from (DESIGN.md, Domain). */

/** One piece of source context shown beside the draft. */
export interface DraftContext {
  kind: string;
  title: string;
  text: string;
  url?: string;
}

/** One turn of a conversation the draft answers. */
export interface DraftMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string;
}

export interface DraftModel {
  name: string;
  version?: string;
}

/** An LLM-judge suggestion, shown or hidden per project. */
export interface JudgeSuggestion {
  verdict: string;
  score?: number;
  rationale?: string;
}

/**
 * Where a draft stands in the review workflow, derived from its events
 * (shared/review/derive-draft-state). `disputed` drafts go to the lead's inbox; the most
 * conservative verdict holds meanwhile. `resolved` means a lead's final call stands.
 */
export type DraftStatus = 'pending' | 'approved' | 'edited' | 'escalated' | 'resolved' | 'disputed';

/** Every status, in workflow order. */
export const DRAFT_STATUSES: readonly DraftStatus[] = [
  'pending',
  'approved',
  'edited',
  'escalated',
  'resolved',
  'disputed',
];

export interface Draft {
  /** External id, unique within its project (not globally). */
  id: string;
  projectId: string;
  prompt?: string;
  context: DraftContext[];
  messages?: DraftMessage[];
  /** Markdown, kept verbatim: it is untrusted text and evidence of what the model wrote. */
  draft: string;
  model: DraftModel;
  promptVersion?: string;
  metadata: Record<string, unknown>;
  judge?: JudgeSuggestion;
  priority: number;
  createdAt: string;
}
