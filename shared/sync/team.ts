/**
 * `GET /v1/team` (issue 14): the hub's users as a lead's screens name them — id, name, role and
 * whether the user was revoked — for leads and admins (TEAM_ROLES). Never a token, a token id
 * or a hash; the admin's `GET /v1/admin/users` keeps what only an admin needs.
 */
import { z } from '../validation/zod';
import { HUB_ROLES, type HubRole } from './roles';

export const teamMemberSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  role: z.enum(HUB_ROLES as [HubRole, ...HubRole[]]),
  /** When the user's token was revoked; their past decisions still name them. */
  revokedAt: z.string().nullable(),
});
export type TeamMember = z.infer<typeof teamMemberSchema>;

export const teamResponseSchema = z.object({ users: z.array(teamMemberSchema) });
export type TeamResponse = z.infer<typeof teamResponseSchema>;
