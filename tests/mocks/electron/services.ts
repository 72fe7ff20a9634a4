/** Stand-ins for dialog, shell and safeStorage. */

type OpenResult = { canceled: boolean; filePaths: string[] };
type SaveResult = { canceled: boolean; filePath?: string };

class MockDialog {
  readonly openAnswers: OpenResult[] = [];
  readonly saveAnswers: SaveResult[] = [];
  readonly calls: { kind: 'open' | 'save'; window: unknown; options: unknown }[] = [];

  showOpenDialog(windowOrOptions: unknown, maybeOptions?: unknown): Promise<OpenResult> {
    this.#record('open', windowOrOptions, maybeOptions);
    return Promise.resolve(this.openAnswers.shift() ?? { canceled: true, filePaths: [] });
  }
  showSaveDialog(windowOrOptions: unknown, maybeOptions?: unknown): Promise<SaveResult> {
    this.#record('save', windowOrOptions, maybeOptions);
    return Promise.resolve(this.saveAnswers.shift() ?? { canceled: true });
  }
  #record(kind: 'open' | 'save', first: unknown, second: unknown): void {
    const hasWindow = second !== undefined;
    this.calls.push({
      kind,
      window: hasWindow ? first : null,
      options: hasWindow ? second : first,
    });
  }
}

export const dialog = new MockDialog();

export const shell = {
  opened: [] as string[],
  openExternal(url: string): Promise<void> {
    shell.opened.push(url);
    return Promise.resolve();
  },
};

const ENCRYPTED_PREFIX = 'mock-encrypted:';

/** Reversible "encryption" whose output never contains the plain text verbatim. */
export const safeStorage = {
  encryptionAvailable: true,
  backend: 'gnome_libsecret' as string,
  isEncryptionAvailable(): boolean {
    return safeStorage.encryptionAvailable;
  },
  getSelectedStorageBackend(): string {
    return safeStorage.backend;
  },
  encryptString(plainText: string): Buffer {
    if (!safeStorage.encryptionAvailable) {
      throw new Error('Encryption is not available.');
    }
    const reversed = Buffer.from(plainText, 'utf8').reverse().toString('base64');
    return Buffer.from(`${ENCRYPTED_PREFIX}${reversed}`, 'utf8');
  },
  decryptString(encrypted: Buffer): string {
    const text = encrypted.toString('utf8');
    if (!text.startsWith(ENCRYPTED_PREFIX)) {
      throw new Error(
        'Error while decrypting the ciphertext provided to safeStorage.decryptString.',
      );
    }
    return Buffer.from(text.slice(ENCRYPTED_PREFIX.length), 'base64').reverse().toString('utf8');
  },
};
