/**
 * The team hub as main serves it to renderers (SYNC.md §6; issue 11): one plain function per
 * 'hub:*' channel, over the kept connection, the calls and the poke streams. The token enters
 * through `connect` and leaves main only in the Authorization header of a request to the hub
 * it was checked against: no answer and no event of these handlers carries it.
 */
import type { HubConnection, HubConnectResult, SecretStorage } from '../../shared/ipc/contract';
import type { HubCall } from '../../shared/sync/hub-calls';
import type { FetchLike } from '../../shared/sync/hub-client';
import type { HubResult } from '../../shared/sync/hub-failure';
import type { SecretsStore } from '../handlers/secrets-store';
import { callConnectedHub, connectToHub } from './hub-calls';
import { createHubConnectionStore } from './hub-connection';
import { createPokeFollowers, type PokeTarget, type SendEvent } from './poke-followers';

export interface HubHandlerDeps {
  /** Node's fetch in the app; any fetch in tests. */
  fetch: FetchLike;
  secrets: SecretsStore;
  /** userData/hub-connection.json: the connected hub's address (not secret). */
  connectionFilePath: string;
  /** How a token saved now would be kept on this machine. */
  storageMode: () => SecretStorage;
  send: SendEvent;
  warn?: (message: string, detail?: unknown) => void;
}

/** The 'hub:*' handlers. */
export interface HubHandlers {
  connect(request: { url: string; token: string }): Promise<HubConnectResult>;
  disconnect(): Promise<void>;
  connection(): Promise<HubConnection>;
  call(call: HubCall): Promise<HubResult<unknown>>;
  followPokes(target: PokeTarget, follow: boolean): Promise<void>;
  /** Ends every poke stream (also used by tests to leave no timers behind). */
  stopPokes(): void;
  /** Windows whose poke stream main holds. */
  readonly pokeFollowers: number;
}

/** Creates the {@link HubHandlers}. */
export function createHubHandlers(deps: HubHandlerDeps): HubHandlers {
  const store = createHubConnectionStore({
    filePath: deps.connectionFilePath,
    secrets: deps.secrets,
    storageMode: deps.storageMode,
  });
  const followers = createPokeFollowers({
    fetch: deps.fetch,
    credentials: () => store.credentials(),
    send: deps.send,
    ...(deps.warn === undefined ? {} : { warn: deps.warn }),
  });
  const calls = { fetch: deps.fetch, store };

  return {
    async connect(request) {
      const result = await connectToHub(request, calls);
      if (result.ok) {
        // The windows following the old hub (or waiting for one) now follow this one.
        await followers.restartAll();
      }
      return result;
    },

    async disconnect() {
      followers.stopAll();
      await store.forget();
    },

    connection: () => store.connection(),

    call: (call) => callConnectedHub(call, calls),

    async followPokes(target, follow) {
      if (follow) {
        await followers.follow(target);
      } else {
        followers.unfollow(target);
      }
    },

    stopPokes: () => followers.stopAll(),

    get pokeFollowers() {
      return followers.size;
    },
  };
}
