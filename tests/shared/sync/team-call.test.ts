/**
 * The `team` hub call (issue 14): what main lets a renderer ask for is `GET /v1/team` and
 * nothing more — no path, no query — and its answer is checked before a screen shows a name.
 */
import { describe, expect, it } from 'vitest';
import { hubAnswerSchemas, hubCallSchema, requestOf } from '../../../shared/sync/hub-calls';

describe('the team call', () => {
  it('is GET /v1/team, with nothing a renderer can add', () => {
    expect(requestOf(hubCallSchema.parse({ op: 'team' }))).toEqual({
      method: 'GET',
      path: '/v1/team',
    });
    expect(hubCallSchema.safeParse({ op: 'team', path: '/v1/admin/users' }).success).toBe(false);
  });

  it('accepts the hub’s list and refuses one without names', () => {
    const user = { id: 'u-1', name: '林安', role: 'reviewer', revokedAt: null };
    expect(hubAnswerSchemas.team.safeParse({ users: [user] }).success).toBe(true);
    expect(hubAnswerSchemas.team.safeParse({ users: [{ ...user, name: '' }] }).success).toBe(false);
    expect(hubAnswerSchemas.team.safeParse({ users: [{ ...user, role: 'boss' }] }).success).toBe(
      false,
    );
  });
});
