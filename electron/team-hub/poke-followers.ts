/**
 * The hub's poke stream, followed by main for each window that asked (SYNC.md §6): one
 * `followPokes` stream per webContents, its pokes and states sent to that webContents only as
 * 'hub:poke' / 'hub:poke-state' events. A stream ends when its window asks to stop, when the
 * window's webContents is destroyed (closed, crashed), or when the hub is disconnected; after a
 * connect to another hub every stream follows the new one.
 */
import type { EventChannel, EventPayload } from '../../shared/ipc/contract';
import type { FetchLike } from '../../shared/sync/hub-client';
import { followPokes, type PokeStream, type PokeStreamState } from '../../shared/sync/poke-stream';
import type { HubCredentials } from './hub-connection';
import { notConnected } from './hub-calls';

/** The parts of a webContents a follower uses (structural, so tests need no Electron). */
export interface PokeTarget {
  readonly id: number;
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
  once(event: 'destroyed', listener: () => void): unknown;
  removeListener(event: 'destroyed', listener: () => void): unknown;
}

/** Sends one contract event to one webContents (typed-ipc-main.ts `sendEvent`). */
export type SendEvent = <C extends EventChannel>(
  contents: PokeTarget,
  channel: C,
  payload: EventPayload<C>,
) => void;

export interface PokeFollowersDeps {
  fetch: FetchLike;
  /** The kept address and token, or null when no hub is connected. */
  credentials: () => Promise<HubCredentials | null>;
  send: SendEvent;
  warn?: (message: string, detail?: unknown) => void;
}

/** Every window's poke stream. */
export interface PokeFollowers {
  /** Starts `target`'s stream (or, when it runs, tells it the stream's state again). */
  follow(target: PokeTarget): Promise<void>;
  /** Ends `target`'s stream. */
  unfollow(target: PokeTarget): void;
  /** Ends every stream (disconnect); each window hears `stopped`. */
  stopAll(): void;
  /** Restarts every stream with the credentials kept now (connect to another hub). */
  restartAll(): Promise<void>;
  /** Windows with a stream. */
  readonly size: number;
}

interface Follower {
  target: PokeTarget;
  onDestroyed: () => void;
  /** Ends the stream; `quietly` keeps its final `stopped` from the window (a restart). */
  stop: ((quietly: boolean) => void) | null;
  last: PokeStreamState | null;
  /** Counts starts, so a start overtaken by a newer one gives up. */
  attempt: number;
}

/** Creates the {@link PokeFollowers} of the main process. */
export function createPokeFollowers(deps: PokeFollowersDeps): PokeFollowers {
  const followers = new Map<number, Follower>();
  const warn = deps.warn ?? console.warn;

  const send: SendEvent = (target, channel, payload) => {
    try {
      deps.send(target, channel, payload);
    } catch (error) {
      // An event that fails its schema must not break the stream that produced it.
      warn(`Could not send ${channel}`, error);
    }
  };

  const start = async (follower: Follower): Promise<void> => {
    // A newer start (a connect to another hub) or a stop while the token was being read makes
    // this one stale: it would follow the old hub, or a window that no longer asks.
    const attempt = (follower.attempt += 1);
    const credentials = await deps.credentials().catch(() => null);
    if (followers.get(follower.target.id) !== follower || follower.attempt !== attempt) {
      return;
    }
    if (credentials === null) {
      const state: PokeStreamState = { state: 'stopped', failure: notConnected().failure };
      follower.last = state;
      send(follower.target, 'hub:poke-state', state);
      return;
    }
    let quiet = false;
    const stream: PokeStream = followPokes({
      fetch: deps.fetch,
      baseUrl: credentials.url,
      token: credentials.token,
      onPoke: (poke) => {
        if (!quiet) {
          send(follower.target, 'hub:poke', poke);
        }
      },
      onState: (state) => {
        if (!quiet) {
          follower.last = state;
          send(follower.target, 'hub:poke-state', state);
        }
      },
    });
    follower.stop = (quietly) => {
      quiet = quietly;
      stream.close();
    };
  };

  const remove = (follower: Follower, quietly: boolean) => {
    followers.delete(follower.target.id);
    follower.target.removeListener('destroyed', follower.onDestroyed);
    follower.stop?.(quietly);
  };

  return {
    async follow(target) {
      const running = followers.get(target.id);
      if (running !== undefined && running.last?.state !== 'stopped') {
        // A second listener in the same window: it learns where the stream stands.
        if (running.last !== null) {
          send(target, 'hub:poke-state', running.last);
        }
        return;
      }
      if (running !== undefined) {
        remove(running, true); // stopped for good (a refused token): try again
      }
      const follower: Follower = {
        target,
        onDestroyed: () => remove(follower, true),
        stop: null,
        last: null,
        attempt: 0,
      };
      followers.set(target.id, follower);
      target.once('destroyed', follower.onDestroyed);
      await start(follower);
    },

    unfollow(target) {
      const follower = followers.get(target.id);
      if (follower !== undefined) {
        remove(follower, false);
      }
    },

    stopAll() {
      for (const follower of [...followers.values()]) {
        remove(follower, false);
      }
    },

    async restartAll() {
      await Promise.all(
        [...followers.values()].map((follower) => {
          follower.stop?.(true);
          follower.stop = null;
          follower.last = null;
          return start(follower);
        }),
      );
    },

    get size() {
      return followers.size;
    },
  };
}
