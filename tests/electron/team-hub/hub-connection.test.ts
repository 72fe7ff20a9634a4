/**
 * The kept hub connection on disk: the address in hub-connection.json, the token only in the
 * secrets store; half-written or hand-edited files count as "not connected" rather than sending
 * the token somewhere unexpected.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSecretsStore } from '../../../electron/handlers/secrets-store';
import { callConnectedHub } from '../../../electron/team-hub/hub-calls';
import { createHubConnectionStore } from '../../../electron/team-hub/hub-connection';
import { resetElectronMock, safeStorage } from '../../mocks/electron';
import { makeTempDir } from '../support/temp-dir';

const TOKEN = `lp_${'a'.repeat(16)}_${'S'.repeat(43)}`;

async function setup() {
  const dir = await makeTempDir();
  const filePath = path.join(dir, 'hub-connection.json');
  const secretsPath = path.join(dir, 'secrets.json');
  const secrets = createSecretsStore({ filePath: secretsPath, safeStorage, platform: 'linux' });
  const open = () =>
    createHubConnectionStore({ filePath, secrets, storageMode: () => 'encrypted' as const });
  return { dir, filePath, secretsPath, secrets, store: open(), open };
}

describe('hub connection store', () => {
  beforeEach(resetElectronMock);

  it('keeps the address in its own file and the token only encrypted', async () => {
    const { store, open, filePath, secretsPath } = await setup();
    await expect(store.save({ url: 'https://hub.example/team', token: TOKEN })).resolves.toEqual({
      url: 'https://hub.example/team',
      storage: 'encrypted',
    });
    // A fresh store (the app restarted) reads the same connection back.
    const again = open();
    await expect(again.connection()).resolves.toEqual({
      url: 'https://hub.example/team',
      storage: 'encrypted',
    });
    await expect(again.credentials()).resolves.toEqual({
      url: 'https://hub.example/team',
      token: TOKEN,
    });
    expect(await fs.readFile(filePath, 'utf8')).not.toContain(TOKEN);
    expect(await fs.readFile(secretsPath, 'utf8')).not.toContain(TOKEN);
    expect((await fs.stat(filePath)).mode & 0o777).toBe(0o600);
  });

  it('says how the token is kept when the platform cannot encrypt', async () => {
    const { store } = await setup();
    safeStorage.backend = 'basic_text';
    await expect(store.save({ url: 'http://127.0.0.1:8787', token: TOKEN })).resolves.toEqual({
      url: 'http://127.0.0.1:8787',
      storage: 'plaintext',
    });
    await expect(store.connection()).resolves.toMatchObject({ storage: 'plaintext' });
  });

  it('forgets both', async () => {
    const { store, open, filePath } = await setup();
    await store.save({ url: 'https://hub.example', token: TOKEN });
    await store.forget();
    await expect(store.credentials()).resolves.toBeNull();
    await expect(open().credentials()).resolves.toBeNull();
    await expect(store.connection()).resolves.toEqual({ url: null, storage: 'encrypted' });
    await expect(fs.stat(filePath)).rejects.toThrow();
  });

  it('counts a token without an address (a crash between the two writes) as not connected', async () => {
    const { secrets, store } = await setup();
    await secrets.set('hub-token', TOKEN);
    await expect(store.credentials()).resolves.toBeNull();
    await expect(store.connection()).resolves.toMatchObject({ url: null });
  });

  it.each([
    ['not JSON', '{"url": "https://hub.exa'],
    ['a javascript: address', '{"url":"javascript:alert(1)","storage":"encrypted"}'],
    ['an address with a password', '{"url":"https://a:b@hub.example","storage":"encrypted"}'],
    ['an address not in checked form', '{"url":"hub.example","storage":"encrypted"}'],
    ['an unknown storage', '{"url":"https://hub.example","storage":"rot13"}'],
  ])('counts a hand-edited file with %s as not connected', async (_label, text) => {
    const { secrets, store, filePath } = await setup();
    await secrets.set('hub-token', TOKEN);
    await fs.writeFile(filePath, text);
    await expect(store.credentials()).resolves.toBeNull();
    await expect(store.connection()).resolves.toMatchObject({ url: null });
  });

  it('refuses to keep an address that is not a hub address', async () => {
    const { store } = await setup();
    await expect(store.save({ url: 'javascript:alert(1)', token: TOKEN })).rejects.toThrow(
      'Not a hub address.',
    );
    await expect(store.credentials()).resolves.toBeNull();
  });

  it('answers a call with "not connected" and the reason when the token cannot be read', async () => {
    const { store, open } = await setup();
    await store.save({ url: 'https://hub.example', token: TOKEN });
    safeStorage.encryptionAvailable = false; // the keychain is locked or gone
    const fetch = vi.fn();
    const answer = await callConnectedHub({ op: 'hello' }, { fetch, store: open() });
    expect(answer).toEqual({
      ok: false,
      failure: {
        kind: 'not-connected',
        message: 'The stored hub-token cannot be decrypted: the system keychain is unavailable.',
      },
    });
    expect(fetch).not.toHaveBeenCalled();
  });
});
