/**
 * One hub call as one HTTP request (shared/sync/hub-client.ts), over a fake fetch: the request
 * it makes (method, path with encoded ids, token header, body, no redirects) and every way a
 * call can fail, as the kind of failure the sync engine acts on.
 */
import { describe, expect, it, vi } from 'vitest';
import { createHubClient, type FetchLike } from '../../../shared/sync/hub-client';
import { helloAnswer, jsonResponse } from './support/hub-answers';

const BASE = 'https://hub.example.com/team';
const TOKEN = `lp_${'c'.repeat(16)}_${'K'.repeat(43)}`;
const NOW = Date.parse('2026-12-01T08:00:00.000Z');

function clientAnswering(answer: Response | (() => Promise<Response>), timeoutMs?: number) {
  const fetch = vi.fn<FetchLike>(() =>
    typeof answer === 'function' ? answer() : Promise.resolve(answer),
  );
  const client = createHubClient({
    fetch,
    baseUrl: BASE,
    token: TOKEN,
    now: () => NOW,
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  });
  const request = () => {
    const [url, init] = fetch.mock.calls[0] ?? [];
    return { url, init: init!, headers: new Headers(init?.headers) };
  };
  return { client, fetch, request };
}

describe('hub client requests', () => {
  it('asks hello with the token in the Authorization header, no body, no redirects', async () => {
    const { client, request } = clientAnswering(jsonResponse(helloAnswer()));
    await expect(client.call({ op: 'hello' })).resolves.toEqual({
      ok: true,
      value: helloAnswer(),
    });
    const { url, init, headers } = request();
    expect(url).toBe(`${BASE}/v1/sync/hello`);
    expect(init.method).toBe('GET');
    expect(init.redirect).toBe('error');
    expect(init.body).toBeUndefined();
    expect(init.signal).toBeInstanceOf(AbortSignal);
    expect(headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(headers.get('accept')).toBe('application/json');
    expect(headers.has('content-type')).toBe(false);
  });

  it('sends a body as JSON', async () => {
    const { client, request } = clientAnswering(jsonResponse({}, 400));
    const body = { deviceId: 'dev-1', events: [{ eventId: 'e1', note: '審閱' }] };
    await client.call({ op: 'push', body });
    const { url, init, headers } = request();
    expect([url, init.method]).toEqual([`${BASE}/v1/sync/push`, 'POST']);
    expect(headers.get('content-type')).toBe('application/json');
    expect(typeof init.body).toBe('string');
    expect(JSON.parse(init.body as string)).toEqual(body);
  });

  it.each([
    [
      { op: 'revise-draft', projectId: 'a/b?c#d', draftId: '草稿 1', body: {} },
      '/v1/projects/a%2Fb%3Fc%23d/drafts/%E8%8D%89%E7%A8%BF%201',
    ],
    [
      { op: 'withdraw-draft', projectId: 'p-1', draftId: '../../admin', body: {} },
      '/v1/projects/p-1/drafts/..%2F..%2Fadmin/withdraw',
    ],
    [{ op: 'hello', deviceId: 'dev&admin=1' }, '/v1/sync/hello?deviceId=dev%26admin%3D1'],
    [
      { op: 'pull', after: 7, limit: 500, deviceId: 'd #1' },
      '/v1/sync/pull?after=7&limit=500&deviceId=d%20%231',
    ],
    [{ op: 'revise-settings', projectId: '%2e%2e', body: {} }, '/v1/projects/%252e%252e/settings'],
  ] as const)('encodes the ids of %j into the path', async (call, path) => {
    const { client, request } = clientAnswering(jsonResponse({}, 404));
    await client.call(call);
    expect(request().url).toBe(`${BASE}${path}`);
  });
});

describe('hub client failures', () => {
  it.each([
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [429, 'rate-limited'],
    [500, 'unavailable'],
    [502, 'unavailable'],
    [503, 'unavailable'],
    [400, 'refused'],
    [404, 'refused'],
    [409, 'refused'],
    [413, 'refused'],
  ])("reads HTTP %i as %s, with the hub's own code and message", async (status, kind) => {
    const { client } = clientAnswering(
      jsonResponse({ error: 'some_code', message: 'Why, for people.' }, status),
    );
    await expect(client.call({ op: 'list-projects' })).resolves.toEqual({
      ok: false,
      failure: { kind, status, code: 'some_code', message: 'Why, for people.' },
    });
  });

  it('says the status line when the hub gave no error body', async () => {
    const { client } = clientAnswering(
      new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    );
    await expect(client.call({ op: 'hello' })).resolves.toEqual({
      ok: false,
      failure: { kind: 'unavailable', status: 502, message: 'HTTP 502 Bad Gateway' },
    });
  });

  it('keeps long hub messages short enough to cross IPC', async () => {
    const { client } = clientAnswering(
      jsonResponse({ error: 'x'.repeat(500), message: 'm'.repeat(10_000) }, 400),
    );
    const result = await client.call({ op: 'hello' });
    expect(!result.ok && [result.failure.code?.length, result.failure.message.length]).toEqual([
      200, 2_000,
    ]);
  });

  it('honours Retry-After in seconds', async () => {
    const { client } = clientAnswering(
      jsonResponse({ error: 'rate_limited', message: 'slow down' }, 429, { 'retry-after': '7' }),
    );
    await expect(client.call({ op: 'hello' })).resolves.toMatchObject({
      ok: false,
      failure: { kind: 'rate-limited', retryAfterMs: 7_000 },
    });
  });

  it('honours Retry-After as an HTTP date, and reads a past date as now', async () => {
    const later = new Date(NOW + 90_000).toUTCString();
    const { client } = clientAnswering(
      new Response('', { status: 503, headers: { 'retry-after': later } }),
    );
    await expect(client.call({ op: 'hello' })).resolves.toMatchObject({
      ok: false,
      failure: { kind: 'unavailable', retryAfterMs: 90_000 },
    });
    const past = new Date(NOW - 5_000).toUTCString();
    const again = clientAnswering(
      new Response('', { status: 503, headers: { 'retry-after': past } }),
    );
    await expect(again.client.call({ op: 'hello' })).resolves.toMatchObject({
      failure: { retryAfterMs: 0 },
    });
  });

  it('ignores a Retry-After it cannot read', async () => {
    const { client } = clientAnswering(
      new Response('', { status: 429, headers: { 'retry-after': 'soon, maybe' } }),
    );
    const result = await client.call({ op: 'hello' });
    expect(!result.ok && 'retryAfterMs' in result.failure).toBe(false);
  });

  it('times out a hub that does not answer, and aborts the request', async () => {
    let signal: AbortSignal | undefined;
    const fetch: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => {
        signal = init.signal ?? undefined;
        signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    const client = createHubClient({ fetch, baseUrl: BASE, token: TOKEN, timeoutMs: 20 });
    await expect(client.call({ op: 'hello' })).resolves.toMatchObject({
      ok: false,
      failure: { kind: 'timeout' },
    });
    expect(signal?.aborted).toBe(true);
  });

  it('reads a network error as offline', async () => {
    const { client } = clientAnswering(() => Promise.reject(new TypeError('fetch failed')));
    await expect(client.call({ op: 'hello' })).resolves.toEqual({
      ok: false,
      failure: { kind: 'offline', message: 'fetch failed' },
    });
  });

  it('reads a connection cut in the middle of the answer as offline', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"hubId":'));
        controller.error(new TypeError('terminated'));
      },
    });
    const { client } = clientAnswering(new Response(body, { status: 200 }));
    await expect(client.call({ op: 'hello' })).resolves.toMatchObject({
      ok: false,
      failure: { kind: 'offline' },
    });
  });

  it('refuses an answer that is not JSON', async () => {
    const { client } = clientAnswering(new Response('<html>captive portal</html>'));
    await expect(client.call({ op: 'hello' })).resolves.toEqual({
      ok: false,
      failure: { kind: 'bad-answer', status: 200, message: 'The answer is not JSON.' },
    });
  });

  it('refuses JSON that does not follow the protocol, saying where', async () => {
    const { client } = clientAnswering(jsonResponse({ ...helloAnswer(), epoch: 'one' }));
    const result = await client.call({ op: 'hello' });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'bad-answer', status: 200 } });
    expect(!result.ok && result.failure.message).toMatch(/epoch/);
  });

  it('never puts the token in a failure', async () => {
    const answers = [
      () => Promise.reject(new TypeError('fetch failed')),
      () => Promise.resolve(jsonResponse({ error: 'x', message: 'no' }, 401)),
      () => Promise.resolve(new Response('nope')),
    ];
    for (const answer of answers) {
      const { client } = clientAnswering(answer);
      expect(JSON.stringify(await client.call({ op: 'hello' }))).not.toContain(TOKEN);
    }
  });
});
