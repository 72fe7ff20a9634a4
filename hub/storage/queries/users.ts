/** `users`: people with a role and one live token each (stored as a hash). */
import type { HubRole } from '../../../shared/sync/roles';
import type { UserRow } from '../rows';
import type { SqlExecutor } from '../sql';

const COLUMNS = 'id, name, role, token_id, token_hash, created_at, revoked_at';

export async function insertUser(sql: SqlExecutor, user: UserRow): Promise<void> {
  await sql.run(`INSERT INTO users (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`, [
    user.id,
    user.name,
    user.role,
    user.token_id,
    user.token_hash,
    user.created_at,
    user.revoked_at,
  ]);
}

export function userByTokenId(sql: SqlExecutor, tokenId: string): Promise<UserRow | undefined> {
  return sql.get<UserRow>(`SELECT ${COLUMNS} FROM users WHERE token_id = ?`, [tokenId]);
}

export function userByName(sql: SqlExecutor, name: string): Promise<UserRow | undefined> {
  return sql.get<UserRow>(`SELECT ${COLUMNS} FROM users WHERE name = ?`, [name]);
}

export function userById(sql: SqlExecutor, id: string): Promise<UserRow | undefined> {
  return sql.get<UserRow>(`SELECT ${COLUMNS} FROM users WHERE id = ?`, [id]);
}

export function listUsers(sql: SqlExecutor): Promise<UserRow[]> {
  return sql.all<UserRow>(`SELECT ${COLUMNS} FROM users ORDER BY created_at, name`);
}

export async function revokeUser(sql: SqlExecutor, id: string, at: string): Promise<void> {
  await sql.run('UPDATE users SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', [at, id]);
}

/** Replaces the user's token: the old one stops working in the same commit. */
export async function replaceToken(
  sql: SqlExecutor,
  id: string,
  token: { tokenId: string; tokenHash: string },
): Promise<void> {
  await sql.run('UPDATE users SET token_id = ?, token_hash = ? WHERE id = ?', [
    token.tokenId,
    token.tokenHash,
    id,
  ]);
}

export async function setRole(sql: SqlExecutor, id: string, role: HubRole): Promise<void> {
  await sql.run('UPDATE users SET role = ? WHERE id = ?', [role, id]);
}
