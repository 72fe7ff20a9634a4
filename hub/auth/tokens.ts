/**
 * Hub tokens (SYNC.md §8): random, shown once, stored as a hash, compared in constant time.
 *
 * `lp_<id>_<secret>`: the 16-hex-digit id is the row's lookup key, the 43-character secret is
 * 256 random bits (base64url). Only the SHA-256 of the whole token is stored; a plain hash is
 * enough because the secret is random and long (no dictionary to try), and it keeps every
 * request's check to one hash and one indexed read.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const TOKEN_PATTERN = /^lp_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export interface IssuedToken {
  /** The token itself: shown to the admin once, never stored. */
  token: string;
  tokenId: string;
  tokenHash: string;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function issueToken(random: (size: number) => Buffer = randomBytes): IssuedToken {
  const tokenId = random(8).toString('hex');
  const token = `lp_${tokenId}_${random(32).toString('base64url')}`;
  return { token, tokenId, tokenHash: hashToken(token) };
}

/** The token's id when `text` has the shape of a token, else null. */
export function tokenIdOf(text: string): string | null {
  return TOKEN_PATTERN.exec(text)?.[1] ?? null;
}

/** True when `token` hashes to `storedHash`, compared in constant time. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const presented = Buffer.from(hashToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}

/** The token in an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer[ ]+(\S+)[ ]*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}
