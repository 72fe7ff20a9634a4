/**
 * The hub half of the browser Bridge: the browser build calls the hub with `fetch` (the hub's
 * CORS must allow this page's origin, and the page's CSP `connect-src` must name the hub). A
 * browser has no keychain, so the token is kept in this origin's localStorage — never in
 * IndexedDB, never in a store — and only this module reads it back, to put it in a header.
 */
import type { HubConnection } from '../../shared/ipc/contract';
import type { HubCallOf, HubOp } from '../../shared/sync/hub-calls';
import { createHubClient, type FetchLike } from '../../shared/sync/hub-client';
import { checkHubUrl } from '../../shared/sync/hub-url';
import { followPokes } from '../../shared/sync/poke-stream';
import type { HubBridge } from './bridge';

/** localStorage keys of the connected hub. */
export const HUB_URL_KEY = 'loupe-hub:url';
export const HUB_TOKEN_KEY = 'loupe-hub:token';

const NOT_CONNECTED = {
  ok: false as const,
  failure: { kind: 'not-connected' as const, message: 'No team hub is connected.' },
};

export function createBrowserHub(win: Window): HubBridge {
  const fetchHub: FetchLike = (input, init) => win.fetch(input, init);
  const stored = (): { url: string; token: string } | null => {
    const url = win.localStorage.getItem(HUB_URL_KEY);
    const token = win.localStorage.getItem(HUB_TOKEN_KEY);
    return url === null || token === null ? null : { url, token };
  };
  const connection = (): HubConnection => ({ url: stored()?.url ?? null, storage: 'plaintext' });

  return {
    async connect(url, token) {
      const checked = checkHubUrl(url);
      if (!checked.ok) {
        return {
          ok: false,
          failure: {
            kind: 'refused',
            code: `url_${checked.problem}`,
            message: 'Not a hub address.',
          },
        };
      }
      const client = createHubClient({
        fetch: fetchHub,
        baseUrl: checked.url,
        token: token.trim(),
      });
      const hello = await client.call({ op: 'hello' });
      if (!hello.ok) {
        return hello;
      }
      win.localStorage.setItem(HUB_URL_KEY, checked.url);
      win.localStorage.setItem(HUB_TOKEN_KEY, token.trim());
      return { ok: true, hello: hello.value, connection: connection() };
    },

    disconnect() {
      win.localStorage.removeItem(HUB_TOKEN_KEY);
      win.localStorage.removeItem(HUB_URL_KEY);
      return Promise.resolve();
    },

    connection: () => Promise.resolve(connection()),

    call<O extends HubOp>(call: HubCallOf<O>) {
      const hub = stored();
      if (hub === null) {
        return Promise.resolve(NOT_CONNECTED);
      }
      return createHubClient({ fetch: fetchHub, baseUrl: hub.url, token: hub.token }).call(call);
    },

    followPokes(onPoke, onState) {
      const hub = stored();
      if (hub === null) {
        onState?.({ state: 'stopped', failure: NOT_CONNECTED.failure });
        return () => undefined;
      }
      const stream = followPokes({
        fetch: fetchHub,
        baseUrl: hub.url,
        token: hub.token,
        onPoke,
        ...(onState === undefined ? {} : { onState }),
      });
      return () => stream.close();
    },
  };
}
