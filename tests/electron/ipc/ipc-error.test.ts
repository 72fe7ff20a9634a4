import { describe, expect, it } from 'vitest';
import { IpcError, toSafeMessage } from '../../../electron/ipc/ipc-error';

function fsError(code: string): Error {
  return Object.assign(new Error(`${code}: something, open '/Users/ana/Desktop/x'`), { code });
}

describe('toSafeMessage', () => {
  it('keeps messages written for the renderer', () => {
    expect(toSafeMessage('files:open', new IpcError('x.csv is not a regular file'))).toBe(
      'x.csv is not a regular file',
    );
  });

  it.each([
    ['ENOENT', 'file not found'],
    ['EACCES', 'permission denied'],
    ['ENOSPC', 'disk full'],
  ])('names %s without its path', (code, words) => {
    const message = toSafeMessage('files:save-end', fsError(code));
    expect(message).toBe(`files:save-end failed: ${words}`);
    expect(message).not.toContain('/Users');
  });

  it.each([[new Error('/etc/shadow leaked')], ['a string'], [null], [{ code: 42 }]])(
    'reduces anything else to a generic message',
    (error) => {
      expect(toSafeMessage('hub:connection', error)).toBe('hub:connection failed');
    },
  );
});
