/**
 * The poke stream main follows for each window (SYNC.md §6; issue 11), against a real hub over
 * loopback: a push pokes the windows that follow, only them; the stream comes back by itself
 * after the hub restarts; it ends when the window asks, closes, or the hub is disconnected.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetElectronMock, type BrowserWindow } from '../../mocks/electron';
import { wireMainWithHub, type MainWithHub } from '../support/main-with-hub';
import { startRealHub, type RealHub } from '../support/real-hub';

interface Sent {
  channel: string;
  args: unknown[];
}

let hub: RealHub;
let main: MainWithHub;
let deviceSeq = 0;
const deviceId = 'device-pokes-1';

beforeAll(async () => {
  hub = await startRealHub();
  await hub.seedProject();
});
afterAll(() => hub.close());

beforeEach(async () => {
  resetElectronMock();
  main = await wireMainWithHub();
});
afterEach(() => {
  main.registries.hub.stopPokes();
});

const sent = (window: BrowserWindow, channel: string) =>
  window.webContents.sent.filter((event: Sent) => event.channel === channel);
const pokes = (window: BrowserWindow) =>
  sent(window, 'hub:poke').map((event: Sent) => event.args[0] as { high: number });
const states = (window: BrowserWindow) =>
  sent(window, 'hub:poke-state').map((event: Sent) => (event.args[0] as { state: string }).state);
const lastState = (window: BrowserWindow) => states(window).at(-1);
const highest = (window: BrowserWindow) => Math.max(0, ...pokes(window).map((poke) => poke.high));

async function connectReviewer(window: BrowserWindow) {
  await main.call(window, 'hub:connect', { url: hub.url, token: hub.users.reviewer.token });
  await main.call(window, 'hub:call', { op: 'register-device', body: { deviceId } });
}

async function push(window: BrowserWindow): Promise<number> {
  const event = await hub.approval(hub.users.reviewer, deviceId, (deviceSeq += 1));
  const answer = (await main.call(window, 'hub:call', {
    op: 'push',
    body: { deviceId, events: [event] },
  })) as { ok: true; value: { results: { seq: number }[] } };
  return answer.value.results[0]?.seq ?? -1;
}

describe('poke followers', () => {
  it('pokes a following window after a push, and only the windows that follow', async () => {
    const follower = await main.openWindow();
    const bystander = await main.openWindow();
    await connectReviewer(follower);
    await main.call(follower, 'hub:follow-pokes', { follow: true });
    await vi.waitFor(() => expect(pokes(follower)).toHaveLength(1)); // the stream opens with one

    const seq = await push(follower);
    await vi.waitFor(() => expect(highest(follower)).toBeGreaterThanOrEqual(seq));
    expect(states(follower).slice(0, 2)).toEqual(['connecting', 'open']);
    expect(bystander.webContents.sent).toEqual([]);
    expect(main.registries.hub.pokeFollowers).toBe(1);
  });

  it('comes back by itself after the hub restarts, and pokes again', async () => {
    const window = await main.openWindow();
    await connectReviewer(window);
    await main.call(window, 'hub:follow-pokes', { follow: true });
    await vi.waitFor(() => expect(lastState(window)).toBe('open'));

    await hub.stop();
    await vi.waitFor(() => expect(lastState(window)).toBe('waiting'));
    await hub.start();
    // Backoff with full jitter from 1 s: the first retry comes within a second or two.
    await vi.waitFor(() => expect(lastState(window)).toBe('open'), { timeout: 15_000 });
    const seq = await push(window);
    await vi.waitFor(() => expect(highest(window)).toBeGreaterThanOrEqual(seq));
  }, 30_000);

  it('ends the stream when the window asks to stop', async () => {
    const window = await main.openWindow();
    await connectReviewer(window);
    await main.call(window, 'hub:follow-pokes', { follow: true });
    await vi.waitFor(() => expect(lastState(window)).toBe('open'));

    await main.call(window, 'hub:follow-pokes', { follow: false });
    expect(lastState(window)).toBe('stopped');
    expect(main.registries.hub.pokeFollowers).toBe(0);
    const before = pokes(window).length;
    await push(window);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(pokes(window)).toHaveLength(before);
  });

  it("ends a window's stream when its webContents is destroyed, and no other", async () => {
    const closing = await main.openWindow();
    const staying = await main.openWindow();
    await connectReviewer(closing);
    await main.call(closing, 'hub:follow-pokes', { follow: true });
    await main.call(staying, 'hub:follow-pokes', { follow: true });
    await vi.waitFor(() => expect(lastState(closing)).toBe('open'));
    await vi.waitFor(() => expect(lastState(staying)).toBe('open'));

    expect(main.registries.hub.pokeFollowers).toBe(2);
    closing.close();
    expect(main.registries.hub.pokeFollowers).toBe(1);
    const seq = await push(staying);
    await vi.waitFor(() => expect(highest(staying)).toBeGreaterThanOrEqual(seq));
    expect(highest(closing)).toBeLessThan(seq);
  });

  it('ends every stream on disconnect, telling each window', async () => {
    const first = await main.openWindow();
    const second = await main.openWindow();
    await connectReviewer(first);
    for (const window of [first, second]) {
      await main.call(window, 'hub:follow-pokes', { follow: true });
      await vi.waitFor(() => expect(lastState(window)).toBe('open'));
    }
    await main.call(first, 'hub:disconnect');
    expect(lastState(first)).toBe('stopped');
    expect(lastState(second)).toBe('stopped');
    expect(main.registries.hub.pokeFollowers).toBe(0);
  });

  it('says "not connected" to a window that follows before any hub is, then follows the one it connects to', async () => {
    const window = await main.openWindow();
    await main.call(window, 'hub:follow-pokes', { follow: true });
    expect(sent(window, 'hub:poke-state').map((event: Sent) => event.args[0])).toEqual([
      {
        state: 'stopped',
        failure: { kind: 'not-connected', message: 'No team hub is connected.' },
      },
    ]);

    await connectReviewer(window);
    await vi.waitFor(() => expect(lastState(window)).toBe('open'));
    expect(pokes(window).length).toBeGreaterThanOrEqual(1);
  });

  it('stops for good when the hub refuses the token, and says why', async () => {
    const window = await main.openWindow();
    await connectReviewer(window);
    // The user's token is revoked while the app runs.
    await hub.storage.write((sql) =>
      sql.run('UPDATE users SET revoked_at = ? WHERE id = ?', [
        new Date().toISOString(),
        hub.users.reviewer.id,
      ]),
    );
    try {
      await main.call(window, 'hub:follow-pokes', { follow: true });
      await vi.waitFor(() => expect(lastState(window)).toBe('stopped'));
      expect(sent(window, 'hub:poke-state').at(-1)?.args[0]).toMatchObject({
        failure: { kind: 'unauthorized', status: 401 },
      });
    } finally {
      await hub.storage.write((sql) =>
        sql.run('UPDATE users SET revoked_at = NULL WHERE id = ?', [hub.users.reviewer.id]),
      );
    }
  });
});
