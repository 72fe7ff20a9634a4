/**
 * Main's hub channels (issue 11) against a real hub on 127.0.0.1: connecting checks the address
 * and the token with `hello` and keeps them only when the hub accepts them; calls go out with
 * the kept token; the token never comes back over IPC; disconnect forgets it; and the channels
 * are as closed as the others (sender, origin, schema).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MockWebContents, ipcMain, resetElectronMock } from '../../mocks/electron';
import { wireMainWithHub, type MainWithHub } from '../support/main-with-hub';
import { startRealHub, type RealHub } from '../support/real-hub';

let hub: RealHub;
let main: MainWithHub;

beforeAll(async () => {
  hub = await startRealHub();
  await hub.seedProject();
});
afterAll(() => hub.close());

beforeEach(async () => {
  resetElectronMock();
  main = await wireMainWithHub();
});

const tokens = () => Object.values(hub.users).map((user) => user.token);
const exists = (file: string) =>
  fs.stat(path.join(main.dir, file)).then(
    () => true,
    () => false,
  );

describe('hub:connect', () => {
  it('keeps address and token when the hub accepts the token, and says who the user is', async () => {
    const window = await main.openWindow();
    const answer = await main.call(window, 'hub:connect', {
      url: `${hub.url}/`,
      token: `${hub.users.reviewer.token}\n`,
    });
    expect(answer).toMatchObject({
      ok: true,
      hello: { user: { id: 'user-rita', name: 'rita', role: 'reviewer' }, epoch: 1 },
      connection: { url: hub.url, storage: 'encrypted' },
    });
    expect(await main.call(window, 'hub:connection')).toEqual({
      url: hub.url,
      storage: 'encrypted',
    });
    // On disk: the address in its own file, the token only as safeStorage output.
    const files = await Promise.all(
      ['hub-connection.json', 'secrets.json'].map((file) =>
        fs.readFile(path.join(main.dir, file), 'utf8'),
      ),
    );
    expect(files[0]).toContain(hub.url);
    for (const text of files) {
      expect(text).not.toContain(hub.users.reviewer.token);
    }
  });

  it('refuses a token the hub does not know, and stores nothing', async () => {
    const window = await main.openWindow();
    const forged = `lp_${'0'.repeat(16)}_${'A'.repeat(43)}`;
    expect(await main.call(window, 'hub:connect', { url: hub.url, token: forged })).toMatchObject({
      ok: false,
      failure: { kind: 'unauthorized', status: 401 },
    });
    expect(await main.call(window, 'hub:connection')).toEqual({ url: null, storage: 'encrypted' });
    expect(await exists('hub-connection.json')).toBe(false);
    expect(await exists('secrets.json')).toBe(false);
    expect(await main.call(window, 'hub:call', { op: 'hello' })).toMatchObject({
      ok: false,
      failure: { kind: 'not-connected' },
    });
  });

  it('keeps the earlier connection when a new token is refused', async () => {
    const window = await main.openWindow();
    await main.call(window, 'hub:connect', { url: hub.url, token: hub.users.lead.token });
    await main.call(window, 'hub:connect', { url: hub.url, token: 'lp_wrong' });
    expect(await main.call(window, 'hub:call', { op: 'hello' })).toMatchObject({
      ok: true,
      value: { user: { role: 'lead' } },
    });
  });

  it.each([
    ['javascript:alert(1)', /^url_/],
    ['ftp://127.0.0.1/', 'url_scheme'],
    ['http://rita:secret@127.0.0.1:1/', 'url_credentials'],
    ['http://127.0.0.1:1/?next=evil', 'url_query'],
    ['   ', 'url_empty'],
  ])('refuses the address %j before sending anything', async (url, code) => {
    const window = await main.openWindow();
    const answer = (await main.call(window, 'hub:connect', {
      url,
      token: hub.users.reviewer.token,
    })) as { ok: false; failure: { kind: string; code: string } };
    expect(answer.ok).toBe(false);
    expect(answer.failure.kind).toBe('refused');
    expect(answer.failure.code).toMatch(code);
    expect(main.requests).toEqual([]);
    expect(await exists('secrets.json')).toBe(false);
  });

  it('reports an unreachable hub as offline', async () => {
    const window = await main.openWindow();
    const answer = await main.call(window, 'hub:connect', {
      url: 'http://127.0.0.1:1',
      token: hub.users.reviewer.token,
    });
    expect(answer).toMatchObject({ ok: false, failure: { kind: 'offline' } });
    expect(await exists('hub-connection.json')).toBe(false);
  });
});

describe('hub:call', () => {
  it('makes each call with the kept token and answers what the hub said, checked', async () => {
    const window = await main.openWindow();
    await main.call(window, 'hub:connect', { url: hub.url, token: hub.users.reviewer.token });
    const deviceId = 'device-hub-ipc-1';

    expect(
      await main.call(window, 'hub:call', { op: 'register-device', body: { deviceId } }),
    ).toMatchObject({ ok: true, value: { deviceId, deviceWatermark: 0 } });
    const event = await hub.approval(hub.users.reviewer, deviceId, 1);
    expect(
      await main.call(window, 'hub:call', { op: 'push', body: { deviceId, events: [event] } }),
    ).toMatchObject({ ok: true, value: { deviceWatermark: 1, results: [{ status: 'accepted' }] } });
    const pulled = (await main.call(window, 'hub:call', {
      op: 'pull',
      after: 0,
      limit: 500,
      deviceId,
    })) as { ok: true; value: { records: { id?: string; eventId?: string }[] } };
    expect(JSON.stringify(pulled.value.records)).toContain(event.eventId);
    // The hub's refusals come back as failures, not as thrown errors.
    expect(
      await main.call(window, 'hub:call', { op: 'publish-drafts', projectId: 'proj-1', body: {} }),
    ).toMatchObject({ ok: false, failure: { kind: 'forbidden', status: 403 } });

    expect(main.requests.length).toBeGreaterThanOrEqual(5);
    for (const request of main.requests) {
      expect(request.url.startsWith(`${hub.url}/v1/`)).toBe(true);
      expect(request.authorization).toBe(`Bearer ${hub.users.reviewer.token}`);
    }
  });

  it('never hands a token back: no answer, error or event of a whole session holds one', async () => {
    const window = await main.openWindow();
    await main.call(window, 'hub:connect', { url: hub.url, token: hub.users.lead.token });
    await main.call(window, 'hub:connection');
    await main.call(window, 'hub:call', { op: 'hello' });
    await main.call(window, 'hub:call', { op: 'list-projects' });
    await main.call(window, 'hub:call', { op: 'push', body: { deviceId: 'x-1', events: [{}] } });
    await main.call(window, 'hub:follow-pokes', { follow: true });
    await vi.waitFor(() => expect(main.events().join()).toContain('"hub:poke"'));
    await main.call(window, 'hub:connect', { url: hub.url, token: hub.users.admin.token });
    await vi.waitFor(() => expect(main.events().join()).toMatch(/"hub:poke".*"hub:poke"/));
    await main.call(window, 'hub:connect', { url: hub.url, token: `${hub.users.lead.token}x` });
    await main.call(window, 'hub:connect', { url: 'javascript:1', token: hub.users.lead.token });
    await main.call(window, 'hub:call', { op: 'hello', token: 'x' }).catch(() => undefined);
    await main.call(window, 'hub:disconnect');

    const crossed = [...main.answers, ...main.events()];
    expect(crossed.length).toBeGreaterThan(10);
    for (const token of tokens()) {
      for (const text of crossed) {
        expect(text).not.toContain(token);
        // Nor its secret half alone.
        expect(text).not.toContain(token.slice(-43));
      }
    }
  });
});

describe('hub:disconnect', () => {
  it('forgets the address and the token', async () => {
    const window = await main.openWindow();
    await main.call(window, 'hub:connect', { url: hub.url, token: hub.users.reviewer.token });
    await main.call(window, 'hub:disconnect');

    expect(await main.call(window, 'hub:connection')).toEqual({ url: null, storage: 'encrypted' });
    expect(await main.call(window, 'hub:call', { op: 'hello' })).toMatchObject({
      ok: false,
      failure: { kind: 'not-connected' },
    });
    expect(await exists('hub-connection.json')).toBe(false);
    const secrets = JSON.parse(await fs.readFile(path.join(main.dir, 'secrets.json'), 'utf8')) as {
      secrets: Record<string, unknown>;
    };
    expect(secrets.secrets).toEqual({});
  });
});

describe('hub channels refuse what the others refuse', () => {
  const channels: [string, unknown][] = [
    ['hub:connect', { url: 'http://127.0.0.1:1', token: 'lp_x' }],
    ['hub:disconnect', undefined],
    ['hub:connection', undefined],
    ['hub:call', { op: 'hello' }],
    ['hub:follow-pokes', { follow: true }],
  ];

  it.each(channels)('%s: a window that navigated off app://loupe', async (channel, request) => {
    const window = await main.openWindow();
    await window.webContents.loadURL('https://evil.example/');
    await expect(main.call(window, channel, request)).rejects.toThrow(
      `Refused ${channel}: wrong-origin`,
    );
  });

  it.each(channels)('%s: a webContents that is not ours, or a subframe', async (channel, req) => {
    const window = await main.openWindow();
    const stray = new MockWebContents();
    await expect(
      ipcMain.invokeFrom({ sender: stray, senderFrame: stray.mainFrame }, channel, req),
    ).rejects.toThrow(/untrusted-sender/);
    const frame = { url: 'app://loupe/index.html', parent: window.webContents.mainFrame };
    await expect(
      ipcMain.invokeFrom({ sender: window.webContents, senderFrame: frame }, channel, req),
    ).rejects.toThrow(/not-top-frame/);
    expect(main.requests).toEqual([]);
  });

  it.each([
    ['hub:call', 'an unknown call', { op: 'fetch', url: 'http://evil.example/' }],
    ['hub:call', 'a URL on a known call', { op: 'hello', url: 'http://evil.example/' }],
    ['hub:call', 'a negative cursor', { op: 'pull', after: -1, limit: 10 }],
    ['hub:call', 'a page too large', { op: 'pull', after: 0, limit: 1_000_000 }],
    ['hub:call', 'an empty id', { op: 'revise-draft', projectId: '', draftId: 'd', body: {} }],
    ['hub:call', 'a string', 'hello'],
    ['hub:connect', 'no token', { url: 'http://127.0.0.1:1' }],
    ['hub:connect', 'an empty token', { url: 'http://127.0.0.1:1', token: '' }],
    ['hub:connect', 'a 3000-character address', { url: 'x'.repeat(3_000), token: 'lp_x' }],
    ['hub:follow-pokes', 'a string flag', { follow: 'yes' }],
    ['hub:connection', 'any payload', { token: true }],
  ])('%s refuses %s', async (channel, _label, request) => {
    const window = await main.openWindow();
    await expect(main.call(window, channel, request)).rejects.toThrow(
      `Invalid request on ${channel}`,
    );
    expect(main.requests).toEqual([]);
  });
});
