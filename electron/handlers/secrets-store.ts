/**
 * The hub token kept by main, never in the renderer's storage and never sent back to it
 * (DESIGN.md, Sync protocol: "The hub token lives in the main process (safeStorage)"); read and
 * written only by electron/team-hub/hub-connection.ts, no IPC channel reaches it directly.
 *
 * Stored in userData/secrets.json (mode 0600). Each value is `safeStorage.encryptString` output
 * in base64 — or, where the platform offers no real protection (no keychain, or Linux's
 * `basic_text` backend, which "encrypts" with a hard-coded key), plain text *marked* as such, and
 * reported to the renderer as `plaintext` so the UI can say so instead of pretending.
 */
import fs from 'node:fs/promises';
import type { SecretStorage } from '../../shared/ipc/contract';
import { IpcError } from '../ipc/ipc-error';
import { createSerialQueue } from './serial-queue';

/** The parts of Electron's `safeStorage` the store uses. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?(): string;
}

type StoredSecret =
  { storage: 'encrypted'; data: string } | { storage: 'plaintext'; value: string };
interface SecretsFile {
  version: 1;
  /** Raw entries; names we do not know (from a newer version) are kept as they are. */
  secrets: Record<string, unknown>;
}

/** How a secret saved now would be stored on this machine. */
export function secretStorageMode(safeStorage: SafeStorageLike, platform: string): SecretStorage {
  if (!safeStorage.isEncryptionAvailable()) {
    return 'plaintext';
  }
  if (platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text') {
    return 'plaintext';
  }
  return 'encrypted';
}

function isStoredSecret(value: unknown): value is StoredSecret {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const entry = value as Record<string, unknown>;
  return (
    (entry.storage === 'encrypted' && typeof entry.data === 'string') ||
    (entry.storage === 'plaintext' && typeof entry.value === 'string')
  );
}

/** Secret names are a closed set: nothing else can be stored under another key. */
export type SecretName = 'hub-token';

class CorruptSecretsFile extends IpcError {}

/** The secrets file as a small store. */
export interface SecretsStore {
  get(name: SecretName): Promise<{ value: string | null; storage: SecretStorage }>;
  set(name: SecretName, value: string | null): Promise<{ storage: SecretStorage }>;
}

/** Creates a {@link SecretsStore} on `filePath`. */
export function createSecretsStore(options: {
  filePath: string;
  safeStorage: SafeStorageLike;
  platform: string;
  now?: () => number;
}): SecretsStore {
  const { filePath, safeStorage, platform } = options;
  const now = options.now ?? Date.now;
  const writes = createSerialQueue();

  const read = async (): Promise<SecretsFile> => {
    let text: string;
    try {
      text = await fs.readFile(filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return { version: 1, secrets: {} };
      }
      throw error;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    const secrets = (parsed as { secrets?: unknown } | undefined)?.secrets;
    if (typeof secrets !== 'object' || secrets === null || Array.isArray(secrets)) {
      throw new CorruptSecretsFile(
        'The secrets file is damaged and was left untouched; saving a secret again starts a new one (the damaged file is kept beside it).',
      );
    }
    return { version: 1, secrets: secrets as Record<string, unknown> };
  };

  const write = async (file: SecretsFile): Promise<void> => {
    const temp = `${filePath}.tmp`;
    await fs.writeFile(temp, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
    await fs.rename(temp, filePath);
    // An older file may have been created with looser permissions.
    await fs.chmod(filePath, 0o600).catch(() => undefined);
  };

  return {
    async get(name) {
      const entry = (await read()).secrets[name];
      if (entry === undefined) {
        return { value: null, storage: secretStorageMode(safeStorage, platform) };
      }
      if (!isStoredSecret(entry)) {
        throw new IpcError(`The stored ${name} is damaged; set it again.`);
      }
      if (entry.storage === 'plaintext') {
        return { value: entry.value, storage: 'plaintext' };
      }
      if (!safeStorage.isEncryptionAvailable()) {
        throw new IpcError(
          `The stored ${name} cannot be decrypted: the system keychain is unavailable.`,
        );
      }
      try {
        return {
          value: safeStorage.decryptString(Buffer.from(entry.data, 'base64')),
          storage: 'encrypted',
        };
      } catch {
        throw new IpcError(`The stored ${name} could not be decrypted; set it again.`);
      }
    },

    set(name, value) {
      return writes.run(async () => {
        let file: SecretsFile;
        try {
          file = await read();
        } catch (error) {
          if (!(error instanceof CorruptSecretsFile)) {
            throw error;
          }
          // Keep the damaged file's bytes (it may hold other secrets someone can recover).
          await fs.rename(filePath, `${filePath}.corrupt-${now()}`);
          file = { version: 1, secrets: {} };
        }
        const storage = secretStorageMode(safeStorage, platform);
        if (value === null) {
          delete file.secrets[name];
        } else if (storage === 'encrypted') {
          const data = safeStorage.encryptString(value).toString('base64');
          file.secrets[name] = { storage, data } satisfies StoredSecret;
        } else {
          file.secrets[name] = { storage, value } satisfies StoredSecret;
        }
        await write(file);
        return { storage };
      });
    },
  };
}
