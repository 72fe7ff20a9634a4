/**
 * `GET /v1/team` (issue 14): who is on the team, for the lead's screens to show names where
 * decisions carry user ids. Read-only and for leads and admins (TEAM_ROLES): the same users
 * as `GET /v1/admin/users`, with only what naming needs — never a token or its hash.
 */
import type { FastifyInstance } from 'fastify';
import { TEAM_ROLES } from '../../shared/sync/roles';
import type { TeamResponse } from '../../shared/sync/team';
import { listUsers } from '../storage/queries/users';
import type { HubContext } from '../server/context';

export function registerTeamRoutes(app: FastifyInstance, { storage }: HubContext) {
  app.get('/v1/team', { config: { roles: TEAM_ROLES } }, async (): Promise<TeamResponse> => ({
    users: (await storage.read(listUsers)).map((user) => ({
      id: user.id,
      name: user.name,
      role: user.role,
      revokedAt: user.revoked_at,
    })),
  }));
}
