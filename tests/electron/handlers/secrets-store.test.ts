import fs from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSecretsStore, secretStorageMode } from '../../../electron/handlers/secrets-store';
import { resetElectronMock, safeStorage } from '../../mocks/electron';
import { makeTempDir } from '../support/temp-dir';

async function store(platform = 'linux') {
  const dir = await makeTempDir();
  const filePath = path.join(dir, 'secrets.json');
  return {
    dir,
    filePath,
    secrets: createSecretsStore({
      filePath,
      safeStorage: safeStorage,
      platform,
      now: () => 1700000000000,
    }),
  };
}

describe('secretStorageMode', () => {
  beforeEach(resetElectronMock);

  it('is encrypted with a real keychain', () => {
    expect(secretStorageMode(safeStorage, 'linux')).toBe('encrypted');
    expect(secretStorageMode(safeStorage, 'darwin')).toBe('encrypted');
  });

  it('is plaintext without encryption, or on Linux basic_text', () => {
    safeStorage.backend = 'basic_text';
    expect(secretStorageMode(safeStorage, 'linux')).toBe('plaintext');
    expect(secretStorageMode(safeStorage, 'win32')).toBe('encrypted');
    safeStorage.encryptionAvailable = false;
    expect(secretStorageMode(safeStorage, 'win32')).toBe('plaintext');
  });
});

describe('createSecretsStore', () => {
  beforeEach(resetElectronMock);

  it('reads nothing (in the current mode) before anything was saved', async () => {
    const { secrets } = await store();
    expect(await secrets.get('hub-token')).toEqual({ value: null, storage: 'encrypted' });
  });

  it('stores encrypted, never the token itself, in a 0600 file', async () => {
    const { secrets, filePath } = await store();
    expect(await secrets.set('hub-token', 'tok_Secret-123')).toEqual({ storage: 'encrypted' });
    expect(await secrets.get('hub-token')).toEqual({
      value: 'tok_Secret-123',
      storage: 'encrypted',
    });
    const text = await fs.readFile(filePath, 'utf8');
    expect(text).not.toContain('tok_Secret-123');
    const entry = (JSON.parse(text) as { secrets: Record<string, { data: string }> }).secrets[
      'hub-token'
    ];
    expect(safeStorage.decryptString(Buffer.from(entry?.data ?? '', 'base64'))).toBe(
      'tok_Secret-123',
    );
    if (process.platform !== 'win32') {
      expect((await fs.stat(filePath)).mode & 0o777).toBe(0o600);
    }
  });

  it('stores marked plaintext, and says so, on Linux basic_text', async () => {
    safeStorage.backend = 'basic_text';
    const { secrets, filePath } = await store('linux');
    expect(await secrets.set('hub-token', 'tok_plain')).toEqual({ storage: 'plaintext' });
    expect(await secrets.get('hub-token')).toEqual({ value: 'tok_plain', storage: 'plaintext' });
    expect(JSON.parse(await fs.readFile(filePath, 'utf8'))).toMatchObject({
      secrets: { 'hub-token': { storage: 'plaintext', value: 'tok_plain' } },
    });
  });

  it('stores marked plaintext when encryption is unavailable', async () => {
    safeStorage.encryptionAvailable = false;
    const { secrets } = await store('win32');
    expect(await secrets.set('hub-token', 'tok')).toEqual({ storage: 'plaintext' });
    expect(await secrets.get('hub-token')).toEqual({ value: 'tok', storage: 'plaintext' });
  });

  it('reports an encrypted value as unreadable (not empty) once the keychain is gone', async () => {
    const { secrets } = await store();
    await secrets.set('hub-token', 'tok');
    safeStorage.encryptionAvailable = false;
    await expect(secrets.get('hub-token')).rejects.toThrow(/keychain is unavailable/);
  });

  it('deletes with null and keeps entries it does not know', async () => {
    const { secrets, filePath } = await store();
    await fs.writeFile(
      filePath,
      JSON.stringify({
        version: 1,
        secrets: { 'future-secret': { storage: 'encrypted', data: 'QQ==' } },
      }),
    );
    await secrets.set('hub-token', 'tok');
    await secrets.set('hub-token', null);
    expect(await secrets.get('hub-token')).toEqual({ value: null, storage: 'encrypted' });
    expect(JSON.parse(await fs.readFile(filePath, 'utf8'))).toEqual({
      version: 1,
      secrets: { 'future-secret': { storage: 'encrypted', data: 'QQ==' } },
    });
  });

  it('on a corrupt file: a clear error, the file left alone, and a set keeps the old bytes', async () => {
    const { secrets, filePath, dir } = await store();
    const garbage = '{"version":1,"secrets":{"hub-token":{"storage":"encr';
    await fs.writeFile(filePath, garbage);
    await expect(secrets.get('hub-token')).rejects.toThrow(/secrets file is damaged/);
    expect(await fs.readFile(filePath, 'utf8')).toBe(garbage);

    await secrets.set('hub-token', 'fresh');
    expect(await secrets.get('hub-token')).toEqual({ value: 'fresh', storage: 'encrypted' });
    expect(await fs.readFile(path.join(dir, 'secrets.json.corrupt-1700000000000'), 'utf8')).toBe(
      garbage,
    );
  });

  it.each([['null'], ['[]'], ['{"secrets":[]}'], ['42']])(
    'treats the wrong shape %s as corrupt',
    async (content) => {
      const { secrets, filePath } = await store();
      await fs.writeFile(filePath, content);
      await expect(secrets.get('hub-token')).rejects.toThrow(/damaged/);
    },
  );

  it('reports a damaged or undecryptable entry without touching the others', async () => {
    const { secrets, filePath } = await store();
    await fs.writeFile(
      filePath,
      JSON.stringify({
        version: 1,
        secrets: {
          'hub-token': { storage: 'encrypted', data: Buffer.from('not ours').toString('base64') },
          other: { keep: true },
        },
      }),
    );
    await expect(secrets.get('hub-token')).rejects.toThrow(/could not be decrypted/);
    await secrets.set('hub-token', 'tok');
    expect(JSON.parse(await fs.readFile(filePath, 'utf8'))).toMatchObject({
      secrets: { other: { keep: true } },
    });

    await fs.writeFile(
      filePath,
      JSON.stringify({ secrets: { 'hub-token': { storage: 'rot13' } } }),
    );
    await expect(secrets.get('hub-token')).rejects.toThrow(/is damaged; set it again/);
  });

  it('serialises concurrent sets so none is lost', async () => {
    const { secrets } = await store();
    await Promise.all([secrets.set('hub-token', 'a'), secrets.set('hub-token', 'b')]);
    expect((await secrets.get('hub-token')).value).toBe('b');
  });
});
