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
import type { HubUser } from '../../shared/sync/hello';
import type { LogRecordKind } from '../../shared/sync/hub-records';
import type { TeamMember } from '../../shared/sync/team';

/** A project plus what this machine remembers for it. */
export interface ProjectRow extends Project {
  /** The field mapping of the last import into this project, offered again for the next one. */
  importMapping?: FieldMapping;
  /**
   * Set once the project is on the team hub (published from here, or pulled): its decisions are
   * pushed and its drafts and settings follow the hub. Absent: the project is local only, and
   * its decisions wait on this machine until someone publishes it.
   */
  hub?: ProjectOnHub;
}

export interface ProjectOnHub {
  /** The hub that holds it. */
  hubId: string;
  /** The `seq` of its `project.published` record. */
  publishedSeq: number;
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
  /** The hub's version of this draft: 1 when published, one more on each revision. */
  draftVersion?: number;
  /** Set when a lead withdrew the draft: it leaves the queue, its decisions stay. */
  withdrawn?: { seq: number; at: string; reason?: string };
  /**
   * The draft's place among drafts of the same priority and creation time: the order it
   * arrived in on this machine (file order within an import; the hub's `seq` for a pulled
   * draft, the same on every machine). Absent on drafts stored before schema v7 (read as 0).
   */
  arrival?: number;
}

/**
 * What the queue list shows of a draft (see queue-entry.ts). Queue order is the index
 * `[projectId+rank+createdAt+arrival+draftId]`: highest priority first (`rank` is minus the
 * priority), then oldest, then in the order the drafts arrived (file order: rows without a
 * creation time share the import's), then by draft id. The draft id makes every index key unique, so the queue can be read
 * page by page from where the last page ended.
 */
export interface QueueEntryRow {
  projectId: string;
  draftId: string;
  rank: number;
  priority: number;
  createdAt: string;
  /** The draft's `arrival` (0 when it has none): file order among equal creation times. */
  arrival: number;
  status: DraftStatus;
  /** Model name and version as one label. */
  model: string;
  promptVersion?: string;
  /** The start of the draft, whitespace folded, at most PREVIEW_LENGTH code points. */
  preview: string;
  /** Copied from the draft: its source changed after it was reviewed (the queue marks it). */
  changedSinceReview?: { at: string };
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

/**
 * `pending`: not yet held by the hub (or held back: its project is local only); `acked`: the hub
 * holds it under `seq`; `rejected`: the hub refused it, for `rejectedReason`. Rows are never
 * deleted: they are this machine's evidence of what it sent (SYNC.md §4).
 */
export type OutboxState = 'pending' | 'acked' | 'rejected';

/** An event this device made, and what the hub has said of it. */
export interface OutboxRow {
  eventId: string;
  /** Absent on rows written before schema version 6 (backfilled by its migration). */
  projectId?: string;
  state: OutboxState;
  deviceSeq: number;
  /** Pushes that carried it. */
  attempts: number;
  /** The hub's `seq` once it holds the event. */
  seq?: number;
  ackedAt?: string;
  rejectedReason?: string;
  /** The hub's words for the rejection (which field and why). */
  rejectedDetail?: string;
  rejectedAt?: string;
}

/**
 * The envelope of a record pulled from the hub, kept per `seq` (SYNC.md §3): what this machine
 * has applied, in the hub's order, and the audit trail of who published or withdrew what.
 */
export interface HubLogRow {
  seq: number;
  recordId: string;
  kind: LogRecordKind;
  projectId: string;
  draftId: string | null;
  userId: string;
  receivedAt: string;
}

/** Who this app is on the connected hub (the token itself is never stored here). */
export interface HubSession {
  url: string;
  user: HubUser;
  connectedAt: string;
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
  /** The `arrival` the next draft stored on this machine gets (see DraftRow). */
  nextArrival: number;
  /** The highest `seq` pulled and applied (SYNC.md §3), written with each page. */
  hubCursor: number;
  /** The hub the cursor belongs to; another id or epoch means pull from zero (SYNC.md §4). */
  hubIdentity: { hubId: string; epoch: number };
  /** The connected hub and who we are on it; absent when no hub is connected. */
  hubSession: HubSession;
  /** The hub (id and epoch) this device was registered with. */
  deviceRegistration: { hubId: string; epoch: number };
  /** When a sync last finished with nothing left to send or fetch. */
  syncedAt: string;
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
  /**
   * The hub's users as a lead last fetched them (`GET /v1/team`), so names show offline. Kept
   * after a disconnect, like the decisions that carry these ids.
   */
  team: TeamSnapshot;
}

export interface TeamSnapshot {
  /** The hub the list came from (its url), and when. */
  hubUrl: string;
  fetchedAt: string;
  users: TeamMember[];
}

export interface ReviewerProfile {
  reviewerId: string;
  displayName: string;
}

export type MetaKey = keyof MetaValues;

export type MetaRow = { [K in MetaKey]: { key: K; value: MetaValues[K] } }[MetaKey];
