/**
 * Which hub this machine is connected to, kept by main only (SYNC.md §6; README "Secrets"): the
 * token in the secrets store (safeStorage), the address in a small JSON file beside it. The
 * address is not secret, and keeping it apart means 'hub:connection' can say which hub is
 * connected without decrypting anything (on macOS a keychain read can prompt the user).
 *
 * The file is written after the token and removed before it, so a crash in between leaves at
 * worst a token without an address: "not connected", and the next connect overwrites it.
 */
import fs from 'node:fs/promises';
import type { HubConnection, SecretStorage } from '../../shared/ipc/contract';
import { checkHubUrl } from '../../shared/sync/hub-url';
import { IpcError } from '../ipc/ipc-error';
import type { SecretName, SecretsStore } from '../handlers/secrets-store';
import { createSerialQueue } from '../handlers/serial-queue';

/** What a hub call needs. Lives in main's memory only; never sent to a renderer. */
export interface HubCredentials {
  url: string;
  token: string;
}

/** The connected hub: read, saved after a successful hello, forgotten on disconnect. */
export interface HubConnectionStore {
  /** The connected hub's address and how its token is kept (never the token). */
  connection(): Promise<HubConnection>;
  /** Address and token for a call, or null when no hub is connected. */
  credentials(): Promise<HubCredentials | null>;
  /** Stores both; `url` must be one `checkHubUrl` accepted. */
  save(credentials: HubCredentials): Promise<HubConnection>;
  /** Deletes both. */
  forget(): Promise<void>;
}

interface ConnectionFile {
  version: 1;
  url: string;
  storage: SecretStorage;
}

const TOKEN = 'hub-token' satisfies SecretName;

/** The file's content when it is ours and sane; anything else counts as "not connected". */
function parseConnectionFile(text: string): ConnectionFile | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) {
    return null;
  }
  const { url, storage } = parsed as Record<string, unknown>;
  if (typeof url !== 'string' || (storage !== 'encrypted' && storage !== 'plaintext')) {
    return null;
  }
  // The file is outside the renderer's reach, but a hand-edited one must still not send the
  // token to a javascript: or credential-bearing address.
  const checked = checkHubUrl(url);
  return checked.ok && checked.url === url ? { version: 1, url, storage } : null;
}

/** Creates the {@link HubConnectionStore} on `filePath` (userData/hub-connection.json). */
export function createHubConnectionStore(options: {
  filePath: string;
  secrets: SecretsStore;
  /** How a token saved now would be stored (safeStorage's verdict on this machine). */
  storageMode: () => SecretStorage;
}): HubConnectionStore {
  const { filePath, secrets } = options;
  const queue = createSerialQueue();
  // Calls come often (push, pull, every poke); the token is decrypted once, then kept in main.
  let cached: HubCredentials | null | undefined;

  const readFile = async (): Promise<ConnectionFile | null> => {
    try {
      return parseConnectionFile(await fs.readFile(filePath, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return null;
      }
      throw error;
    }
  };

  const writeFile = async (file: ConnectionFile): Promise<void> => {
    const temp = `${filePath}.tmp`;
    await fs.writeFile(temp, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
    await fs.rename(temp, filePath);
  };

  const loadCredentials = async (): Promise<HubCredentials | null> => {
    const file = await readFile();
    if (file === null) {
      return null;
    }
    const { value } = await secrets.get(TOKEN);
    return value === null ? null : { url: file.url, token: value };
  };

  return {
    async connection() {
      const file = await queue.run(readFile);
      return file === null
        ? { url: null, storage: options.storageMode() }
        : { url: file.url, storage: file.storage };
    },

    credentials() {
      return queue.run(async () => {
        if (cached === undefined) {
          cached = await loadCredentials();
        }
        return cached;
      });
    },

    save({ url, token }) {
      return queue.run(async () => {
        if (!checkHubUrl(url).ok) {
          throw new IpcError('Not a hub address.');
        }
        cached = undefined;
        const { storage } = await secrets.set(TOKEN, token);
        await writeFile({ version: 1, url, storage });
        cached = { url, token };
        return { url, storage };
      });
    },

    forget() {
      return queue.run(async () => {
        cached = undefined;
        await fs.rm(filePath, { force: true });
        await secrets.set(TOKEN, null);
        cached = null;
      });
    },
  };
}
