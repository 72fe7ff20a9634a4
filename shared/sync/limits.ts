/**
 * The sizes the sync protocol agrees on (SYNC.md §2, §3). The hub enforces them; the client's
 * engine batches by them; `GET /v1/sync/hello` repeats them so an older app learns a newer hub's.
 */

/** Events per push request (SYNC.md §2). */
export const MAX_PUSH_EVENTS = 200;
/** Bytes of a push request holding more than one event (SYNC.md §2). */
export const MAX_PUSH_BYTES = 256 * 1024;
/**
 * Bytes of a push request holding a single event. An edit may carry up to a million characters
 * of final text (about 3 MB of UTF-8 at worst), which no 256 KB batch can hold: such an event
 * travels alone, or it could never sync.
 */
export const MAX_SINGLE_EVENT_BYTES = 4 * 1024 * 1024;
/** Records per pull page when the client names no limit (SYNC.md §3). */
export const DEFAULT_PULL_LIMIT = 500;
/** Largest pull page a client may ask for. */
export const MAX_PULL_LIMIT = 1000;
/** Drafts per publish request (a lead publishing a project sends it in requests of this size). */
export const MAX_PUBLISH_DRAFTS = 500;
/** Bytes of a publish request: 500 drafts of a few KB each, with room for long documents. */
export const MAX_PUBLISH_BYTES = 16 * 1024 * 1024;

/** What `hello` reports, so a client never has to hard-code the numbers above. */
export interface SyncLimits {
  maxPushEvents: number;
  maxPushBytes: number;
  maxSingleEventBytes: number;
  defaultPullLimit: number;
  maxPullLimit: number;
  maxPublishDrafts: number;
}

export const SYNC_LIMITS: SyncLimits = {
  maxPushEvents: MAX_PUSH_EVENTS,
  maxPushBytes: MAX_PUSH_BYTES,
  maxSingleEventBytes: MAX_SINGLE_EVENT_BYTES,
  defaultPullLimit: DEFAULT_PULL_LIMIT,
  maxPullLimit: MAX_PULL_LIMIT,
  maxPublishDrafts: MAX_PUBLISH_DRAFTS,
};
