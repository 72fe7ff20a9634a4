/**
 * The one change signal of the local store (issue 11): whoever commits a change the screens
 * show — a decision, a pulled page, a publish — says so here after the commit, and the stores
 * follow it instead of being patched by each writer. Changes made in another window of the app
 * arrive too, over a BroadcastChannel: one window syncs, every window shows the result.
 */

/** The drafts of one project a change touched. */
export interface DraftsChange {
  projectId: string;
  /** Drafts whose status, content or place in the queue changed. */
  draftIds: readonly string[];
  /** True when drafts were added to or removed from the queue (its order must be read again). */
  membership?: boolean;
}

export interface DataChange {
  /** Projects created or changed (name, settings, published). */
  projects?: readonly string[];
  drafts?: readonly DraftsChange[];
  /** The outbox changed: a decision was queued, or the hub answered for some. */
  outbox?: boolean;
  /** A reviewer decided on this machine: there is something new to push. */
  decided?: boolean;
  /** The hub connection, identity or sync time changed. */
  hub?: boolean;
}

type Listener = (change: DataChange) => void;

const CHANNEL = 'loupe-data-changes';
const listeners = new Set<Listener>();
let channel: BroadcastChannel | null | undefined;

function broadcastChannel(): BroadcastChannel | null {
  if (channel === undefined) {
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
    channel?.addEventListener('message', (message: MessageEvent<DataChange>) => {
      deliver(message.data);
    });
  }
  return channel;
}

function deliver(change: DataChange) {
  for (const listener of [...listeners]) {
    try {
      listener(change);
    } catch (error) {
      console.error('A change listener failed', error);
    }
  }
}

/** Tells this window's stores and the other windows that committed data changed. */
export function publishChange(change: DataChange): void {
  deliver(change);
  try {
    broadcastChannel()?.postMessage(change);
  } catch {
    // A closed channel (a window shutting down) only costs the other windows a refresh.
  }
}

/** Follows every change, from this window or another; returns the unsubscribe function. */
export function onDataChange(listener: Listener): () => void {
  broadcastChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The drafts of `projectId` a change touched, or null when it touched none of them. */
export function draftsChangedIn(change: DataChange, projectId: string): DraftsChange | null {
  const touched = change.drafts?.filter((entry) => entry.projectId === projectId) ?? [];
  if (touched.length === 0) {
    return null;
  }
  return {
    projectId,
    draftIds: touched.flatMap((entry) => entry.draftIds),
    membership: touched.some((entry) => entry.membership === true),
  };
}
