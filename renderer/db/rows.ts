/**
 * Row shapes of the local database. Domain types live in shared/domain/; these add what only the
 * local store needs (derived status, sync bookkeeping, unsaved editor text).
 */
import type { DecisionEvent } from '../../shared/domain/decision-event';
import type { Draft, DraftStatus } from '../../shared/domain/draft';
import type { Project } from '../../shared/domain/project';
import type { FieldMapping } from '../../shared/import/field-mapping';
import type { Settings } from '../../shared/domain/settings';
import type { DerivedDraftState } from '../../shared/review/derive-draft-state';

/** A project plus what this machine remembers for it. */
export interface ProjectRow extends Project {
  /** The field mapping of the last import into this project, offered again for the next one. */
  importMapping?: FieldMapping;
}

/** A draft plus its derived status, denormalised so the queue can filter by it with an index. */
export interface DraftRow extends Draft {
  status: DraftStatus;
  /**
   * Set when a re-import brought different content for a draft that already had decisions: the
   * stored content (what was reviewed) and the decisions stay; the flag says the source moved on.
   */
  changedSinceReview?: { at: string };
  /** The import that added this draft (not one that only updated it): "remove what it added". */
  importId?: string;
}

/**
 * What the queue list shows of a draft (see queue-entry.ts). Queue order is the index
 * `[projectId+rank+createdAt+draftId]`: highest priority first (`rank` is minus the priority), then
 * oldest, then by draft id. The draft id makes every index key unique, so the queue can be read
 * page by page from where the last page ended.
 */
export interface QueueEntryRow {
  projectId: string;
  draftId: string;
  rank: number;
  priority: number;
  createdAt: string;
  status: DraftStatus;
  /** Model name and version as one label. */
  model: string;
  promptVersion?: string;
  /** The draft's first line as plain text, at most PREVIEW_LENGTH characters. */
  preview: string;
}

/** A decision event; `seq` is set once the hub has accepted it (absent while local only). */
export interface EventRow extends DecisionEvent {
  seq?: number;
}

/**
 * Derived from the draft's events by `deriveDraftState`, never edited by hand (DESIGN.md, Domain).
 * Stored so the queue and the review screen can read a draft's standing without replaying events.
 */
export interface DraftStateRow extends DerivedDraftState {
  projectId: string;
  draftId: string;
  updatedAt: string;
}

export type OutboxState = 'pending' | 'rejected';

/** An event waiting to be pushed to the hub, or kept (and shown) after the hub rejected it. */
export interface OutboxRow {
  eventId: string;
  state: OutboxState;
  deviceSeq: number;
  attempts: number;
  rejectedReason?: string;
}

/** Editor text written as the reviewer types, so a crash or power cut loses nothing. */
export interface EditBufferRow {
  projectId: string;
  draftId: string;
  text: string;
  updatedAt: string;
}

/** Every key the `meta` table may hold, with the type of its value. */
export interface MetaValues {
  deviceId: string;
  nextDeviceSeq: number;
  hubCursor: number;
  settings: Settings;
  /** Who reviews on this machine; decisions carry it. Absent until first start asks. */
  profile: ReviewerProfile;
  /** Where the reviewer was, so a restart opens the same item. */
  reviewPosition: { projectId: string; draftId: string };
  /**
   * Remapped review shortcuts, action → normalised `event.key`. Loose on purpose: the keymap
   * store validates it on load, so a value from an older or newer build cannot break input.
   */
  keymap: Record<string, string>;
}

export interface ReviewerProfile {
  reviewerId: string;
  displayName: string;
}

export type MetaKey = keyof MetaValues;

export type MetaRow = { [K in MetaKey]: { key: K; value: MetaValues[K] } }[MetaKey];
