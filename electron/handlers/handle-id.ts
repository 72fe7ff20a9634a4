/**
 * Opaque ids for open files and pending saves. Random (not counters) so a renderer cannot guess
 * another window's handles; base64url so they pass the contract's `handleId` pattern.
 */
import { randomBytes } from 'node:crypto';

/** 18 random bytes → 24 base64url characters. */
export function newHandleId(): string {
  return randomBytes(18).toString('base64url');
}
