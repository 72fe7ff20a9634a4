/**
 * Following the poke stream (shared/sync/poke-stream.ts) over a fake fetch and a fake clock:
 * pokes come through however the bytes are cut; a dropped or refused stream comes back after a
 * backoff with full jitter (honouring Retry-After); a refused token stops it for good; close()
 * ends it at once and for good.
 */
import { describe, expect, it } from 'vitest';
import type { FetchLike } from '../../../shared/sync/hub-client';
import { followPokes, type Poke, type PokeStreamState } from '../../../shared/sync/poke-stream';
import { jsonResponse } from './support/hub-answers';

const BASE = 'http://127.0.0.1:8787';
const TOKEN = `lp_${'d'.repeat(16)}_${'P'.repeat(43)}`;
const encoder = new TextEncoder();
const poke = (high: number, hubId = 'hub-1') =>
  `event: poke\ndata: ${JSON.stringify({ high, hubId, epoch: 1 })}\n\n`;
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

interface Connection {
  url: string;
  init: RequestInit;
  send(text: string | Uint8Array): void;
  end(): void;
}

/** A hub whose answers the test scripts: a stream by default, or what `refuse` queued. */
function scriptedHub() {
  const connections: Connection[] = [];
  const refusals: (() => Promise<Response>)[] = [];
  const timers: { run: () => void; ms: number; cleared: boolean }[] = [];
  const states: PokeStreamState[] = [];
  const pokes: Poke[] = [];
  let clock = 1_000_000;
  let requests = 0;
  const fetch: FetchLike = (url, init) => {
    requests += 1;
    const refusal = refusals.shift();
    if (refusal !== undefined) {
      return refusal();
    }
    let stream!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({ start: (c) => void (stream = c) });
    init.signal?.addEventListener('abort', () =>
      stream.error(new DOMException('The operation was aborted.', 'AbortError')),
    );
    connections.push({
      url,
      init,
      send: (text) => stream.enqueue(typeof text === 'string' ? encoder.encode(text) : text),
      end: () => stream.close(),
    });
    return Promise.resolve(new Response(body, { status: 200 }));
  };
  const follow = () =>
    followPokes({
      fetch,
      baseUrl: BASE,
      token: TOKEN,
      onPoke: (p) => pokes.push(p),
      onState: (s) => states.push(s),
      random: () => 0.5,
      now: () => clock,
      setTimer: (run, ms) => {
        const timer = { run, ms, cleared: false };
        timers.push(timer);
        return timer;
      },
      clearTimer: (timer) => void ((timer as { cleared: boolean }).cleared = true),
    });
  return {
    connections,
    timers,
    states,
    pokes,
    follow,
    requests: () => requests,
    refuse: (answer: () => Promise<Response>) => refusals.push(answer),
    advance: (ms: number) => void (clock += ms),
    /** Fires the latest timer, as its delay passing would. */
    fire: async () => {
      timers.at(-1)?.run();
      await settle();
    },
    last: () => connections.at(-1)!,
    kinds: () => states.map((state) => state.state),
    delays: () => states.flatMap((s) => (s.state === 'waiting' ? [s.retryInMs] : [])),
  };
}

describe('followPokes', () => {
  it('opens the stream with the token and passes each poke on', async () => {
    const hub = scriptedHub();
    const stream = hub.follow();
    await settle();
    const { url, init } = hub.last();
    expect(url).toBe(`${BASE}/v1/sync/events`);
    expect(new Headers(init.headers).get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(new Headers(init.headers).get('accept')).toBe('text/event-stream');
    expect(init.redirect).toBe('error');

    hub.last().send(`retry: 3000\n\n${poke(1)}: keep-alive\n\n`);
    await settle();
    expect(hub.pokes).toEqual([{ high: 1, hubId: 'hub-1', epoch: 1 }]);
    expect(hub.kinds()).toEqual(['connecting', 'open']);
    stream.close();
  });

  it('reads a poke cut anywhere in its bytes, even inside a character', async () => {
    const hub = scriptedHub();
    const stream = hub.follow();
    await settle();
    const bytes = encoder.encode(poke(2, '審閱-hub'));
    for (const byte of bytes) {
      hub.last().send(new Uint8Array([byte]));
    }
    await settle();
    expect(hub.pokes).toEqual([{ high: 2, hubId: '審閱-hub', epoch: 1 }]);
    stream.close();
  });

  it('ignores other events, data that is not JSON, and pokes in another shape', async () => {
    const hub = scriptedHub();
    const stream = hub.follow();
    await settle();
    hub.last().send('event: hello\ndata: {"high":9}\n\n');
    hub.last().send('event: poke\ndata: {not json\n\n');
    hub.last().send('event: poke\ndata: {"high":-1,"hubId":"h","epoch":1}\n\n');
    hub.last().send('event: poke\ndata: {"high":3}\n\n');
    hub.last().send(poke(4));
    await settle();
    expect(hub.pokes.map((p) => p.high)).toEqual([4]);
    stream.close();
  });

  it('comes back after the stream ends or the hub is unreachable, backing off with full jitter', async () => {
    const hub = scriptedHub();
    const stream = hub.follow();
    await settle();
    hub.last().end();
    await settle();
    for (let failure = 0; failure < 8; failure += 1) {
      hub.refuse(() => Promise.reject(new TypeError('fetch failed')));
      await hub.fire();
    }
    // random() is 0.5: half of 1 s, 2 s, 4 s … capped at 60 s.
    expect(hub.delays()).toEqual([500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
    expect(hub.states.at(-1)).toMatchObject({
      state: 'waiting',
      failure: { kind: 'offline', message: 'fetch failed' },
    });
    expect(hub.requests()).toBe(9);

    // A poke is a success: the next drop starts over at the base.
    await hub.fire();
    hub.last().send(poke(5));
    hub.last().end();
    await settle();
    expect(hub.delays().at(-1)).toBe(500);
    stream.close();
  });

  it('counts a stream that stayed open a while as healthy, even without pokes', async () => {
    const hub = scriptedHub();
    const stream = hub.follow();
    await settle();
    hub.last().end();
    await settle();
    for (let failure = 0; failure < 3; failure += 1) {
      hub.refuse(() => Promise.resolve(new Response('', { status: 502 })));
      await hub.fire();
    }
    expect(hub.delays()).toEqual([500, 1_000, 2_000, 4_000]);
    await hub.fire(); // the hub is back: a new stream opens
    expect(hub.kinds().at(-1)).toBe('open');
    hub.advance(31_000);
    hub.last().send(': keep-alive\n\n');
    hub.last().end();
    await settle();
    expect(hub.delays().at(-1)).toBe(500);
    stream.close();
  });

  it('waits at least as long as Retry-After asks', async () => {
    const hub = scriptedHub();
    hub.refuse(() =>
      Promise.resolve(jsonResponse({ error: 'busy', message: 'b' }, 503, { 'retry-after': '20' })),
    );
    const stream = hub.follow();
    await settle();
    expect(hub.states.at(-1)).toMatchObject({
      state: 'waiting',
      retryInMs: 20_000,
      failure: { kind: 'unavailable', status: 503, retryAfterMs: 20_000 },
    });
    stream.close();
  });

  it.each([
    [401, 'unauthorized'],
    [403, 'forbidden'],
  ])('stops for good when the hub answers %i', async (status, kind) => {
    const hub = scriptedHub();
    hub.refuse(() => Promise.resolve(jsonResponse({ error: 'x', message: 'y' }, status)));
    hub.follow();
    await settle();
    expect(hub.states).toEqual([
      { state: 'connecting' },
      { state: 'stopped', failure: expect.objectContaining({ kind, status }) as unknown },
    ]);
    expect(hub.timers).toEqual([]);
    expect(hub.requests()).toBe(1);
  });

  it('ends an open stream at once on close(), aborting the request, and never comes back', async () => {
    const hub = scriptedHub();
    const stream = hub.follow();
    await settle();
    hub.last().send(poke(1));
    await settle();
    stream.close();
    stream.close();
    await settle();
    expect(hub.last().init.signal?.aborted).toBe(true);
    expect(hub.kinds()).toEqual(['connecting', 'open', 'stopped']);
    expect(hub.timers).toEqual([]);
    expect(hub.requests()).toBe(1);
    expect(hub.pokes).toHaveLength(1);
  });

  it('cancels the pending retry on close() while waiting', async () => {
    const hub = scriptedHub();
    hub.refuse(() => Promise.reject(new TypeError('fetch failed')));
    const stream = hub.follow();
    await settle();
    expect(hub.kinds()).toEqual(['connecting', 'waiting']);
    stream.close();
    expect(hub.timers.map((timer) => timer.cleared)).toEqual([true]);
    expect(hub.kinds()).toEqual(['connecting', 'waiting', 'stopped']);
    expect(hub.requests()).toBe(1);
  });

  it('puts the token in no state it reports', async () => {
    const hub = scriptedHub();
    hub.refuse(() => Promise.reject(new TypeError('fetch failed')));
    hub.refuse(() => Promise.resolve(jsonResponse({ error: 'x', message: 'y' }, 401)));
    hub.follow();
    await settle();
    await hub.fire();
    expect(JSON.stringify(hub.states)).not.toContain(TOKEN);
  });
});
