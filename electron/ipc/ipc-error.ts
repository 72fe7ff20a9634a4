/**
 * Errors that cross to the renderer. Electron sends only an error's message over `invoke`, but
 * a Node error's message can still hold a full path (`ENOENT: ..., open '/home/…'`); the renderer
 * shows untrusted content and must learn nothing about the disk layout. So only messages we wrote
 * ({@link IpcError}) or a short name for a known file-system code pass through.
 */

/** An error whose message was written for the renderer: safe to show, no paths, no stack. */
export class IpcError extends Error {
  override readonly name = 'IpcError';
}

const FS_CODES: Readonly<Record<string, string>> = {
  ENOENT: 'file not found',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'disk full',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EISDIR: 'is a folder',
  EBUSY: 'file is busy',
  EMFILE: 'too many open files',
};

/** The message the renderer sees for `error` thrown while serving `channel`. */
export function toSafeMessage(channel: string, error: unknown): string {
  if (error instanceof IpcError) {
    return error.message;
  }
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  const known = typeof code === 'string' ? FS_CODES[code] : undefined;
  return known === undefined ? `${channel} failed` : `${channel} failed: ${known}`;
}
