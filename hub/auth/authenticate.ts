/**
 * The user behind a request (SYNC.md §8: the user comes from the token, never the body). A
 * missing, malformed, unknown or revoked token is refused alike, so a caller learns nothing
 * about which tokens exist.
 */
import type { HubRole } from '../../shared/sync/roles';
import type { HubStorage } from '../storage/storage';
import { userByTokenId } from '../storage/queries/users';
import { bearerToken, tokenIdOf, tokenMatches } from './tokens';

/** Compared against when the token's id is unknown (no token hashes to it). */
const UNKNOWN_HASH = '0'.repeat(64);

export interface HubCaller {
  id: string;
  name: string;
  role: HubRole;
  /** The token's public id: the rate limit's key, and safe to log. */
  tokenId: string;
}

export type Authentication =
  { ok: true; caller: HubCaller } | { ok: false; reason: 'missing' | 'invalid' };

export async function authenticate(
  storage: HubStorage,
  authorization: string | undefined,
): Promise<Authentication> {
  const token = bearerToken(authorization);
  if (token === null) {
    return { ok: false, reason: 'missing' };
  }
  const tokenId = tokenIdOf(token);
  if (tokenId === null) {
    return { ok: false, reason: 'invalid' };
  }
  const user = await storage.read((sql) => userByTokenId(sql, tokenId));
  // Hash and compare even for an unknown id, so the answer takes as long either way.
  const matches = tokenMatches(token, user?.token_hash ?? UNKNOWN_HASH);
  if (user === undefined || user.revoked_at !== null || !matches) {
    return { ok: false, reason: 'invalid' };
  }
  return { ok: true, caller: { id: user.id, name: user.name, role: user.role, tokenId } };
}
