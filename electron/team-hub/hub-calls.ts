/**
 * The two requests main makes for a renderer (SYNC.md §6): connecting (the address and token
 * are checked with `hello` before either is kept) and one call with the kept token. The HTTP
 * is `shared/sync/hub-client.ts` with Node's fetch passed in, so the renderer never holds the
 * token and can name only the calls of `hubCallSchema`, never a URL.
 */
import type { HubConnectResult } from '../../shared/ipc/contract';
import type { HubCall } from '../../shared/sync/hub-calls';
import { createHubClient, type FetchLike } from '../../shared/sync/hub-client';
import type { HubFailure, HubResult } from '../../shared/sync/hub-failure';
import { checkHubUrl } from '../../shared/sync/hub-url';
import { IpcError } from '../ipc/ipc-error';
import type { HubConnectionStore } from './hub-connection';

/** What the calls need from outside: the network and the kept connection. */
export interface HubCallDeps {
  fetch: FetchLike;
  store: HubConnectionStore;
}

/** The failure a call gets when there is no hub to call (or its token cannot be read). */
export function notConnected(message = 'No team hub is connected.'): {
  ok: false;
  failure: HubFailure;
} {
  return { ok: false, failure: { kind: 'not-connected', message } };
}

/**
 * 'hub:connect': checks the address, asks the hub `hello` with the token, and keeps both only
 * when the hub accepted them. A refusal stores nothing and keeps any earlier connection.
 */
export async function connectToHub(
  request: { url: string; token: string },
  deps: HubCallDeps,
): Promise<HubConnectResult> {
  const checked = checkHubUrl(request.url);
  if (!checked.ok) {
    // The same answer the browser bridge gives (renderer/platform/browser-hub.ts).
    return {
      ok: false,
      failure: { kind: 'refused', code: `url_${checked.problem}`, message: 'Not a hub address.' },
    };
  }
  // Pasted tokens often carry a newline; a token never contains white space.
  const token = request.token.trim();
  const client = createHubClient({ fetch: deps.fetch, baseUrl: checked.url, token });
  const hello = await client.call({ op: 'hello' });
  if (!hello.ok) {
    return hello;
  }
  const connection = await deps.store.save({ url: checked.url, token });
  return { ok: true, hello: hello.value, connection };
}

/** 'hub:call': one call to the connected hub with the kept token; `not-connected` without one. */
export async function callConnectedHub(
  call: HubCall,
  deps: HubCallDeps,
): Promise<HubResult<unknown>> {
  let credentials;
  try {
    credentials = await deps.store.credentials();
  } catch (error) {
    // A damaged secrets file or a locked keychain: the message was written for people.
    if (error instanceof IpcError) {
      return notConnected(error.message);
    }
    throw error;
  }
  if (credentials === null) {
    return notConnected();
  }
  const client = createHubClient({
    fetch: deps.fetch,
    baseUrl: credentials.url,
    token: credentials.token,
  });
  return client.call(call);
}
