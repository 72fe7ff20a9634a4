/**
 * Who may do what on a hub (SYNC.md §8). The hub takes the role from the token; the app shows
 * lead screens by it. Each role can do everything the one before it can, except that an
 * evaluator only reads: it never writes to the log.
 */
import type { DecisionKind } from '../domain/decision-event';

export type HubRole = 'reviewer' | 'lead' | 'evaluator' | 'admin';

export const HUB_ROLES: readonly HubRole[] = ['reviewer', 'lead', 'evaluator', 'admin'];

export function isHubRole(value: string): value is HubRole {
  return (HUB_ROLES as readonly string[]).includes(value);
}

/** Roles that push decisions of their own. */
export const DECIDING_ROLES: readonly HubRole[] = ['reviewer', 'lead', 'admin'];
/** Roles that publish, revise and withdraw projects and drafts. */
export const PUBLISHING_ROLES: readonly HubRole[] = ['lead', 'admin'];
/**
 * Roles that see who their teammates are (id, name, role): leads and admins, whose screens
 * name the people behind decisions. Reviewers and evaluators work without the list.
 */
export const TEAM_ROLES: readonly HubRole[] = ['lead', 'admin'];
/** Roles that manage users and devices. */
export const ADMIN_ROLES: readonly HubRole[] = ['admin'];

/** Decision kinds only a lead (or an admin) may push: the final call on a dispute. */
const LEAD_KINDS: ReadonlySet<DecisionKind> = new Set<DecisionKind>(['resolve']);

/** True when `role` may push a decision of `kind`. */
export function mayDecide(role: HubRole, kind: DecisionKind): boolean {
  if (!DECIDING_ROLES.includes(role)) {
    return false;
  }
  return !LEAD_KINDS.has(kind) || PUBLISHING_ROLES.includes(role);
}
