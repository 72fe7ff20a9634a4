/**
 * Every call the app makes to a hub, as data (SYNC.md §2–§4, §8): the renderer's sync engine and
 * screens name a call, the bridge carries it (over IPC to main in Electron, where the token is;
 * straight to `fetch` in the browser build), and `hub-client.ts` turns it into one HTTP request
 * and its answer back into checked data. The schema below is what main checks an IPC request
 * against, so a renderer can only ask for these calls, never for an arbitrary URL.
 */
import { z } from '../validation/zod';
import {
  deviceRegisteredSchema,
  deviceRegistrationSchema,
  helloResponseSchema,
  type DeviceRegistered,
  type HelloResponse,
} from './hello';
import { wireIdSchema } from './hub-records';
import { MAX_PULL_LIMIT } from './limits';
import {
  projectAnswerSchema,
  projectSummarySchema,
  publishDraftsResponseSchema,
  draftAnswerSchema,
  type DraftAnswer,
  type ProjectAnswer,
  type ProjectSummary,
} from './publish';
import { deviceIdSchema, pushResponseSchema, type PushResponse } from './push';
import { pullResponseSchema, type PullResponse } from './pull';
import { teamResponseSchema, type TeamResponse } from './team';

const cursor = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/**
 * Bodies are carried as `unknown` and checked by the hub (it is the authority on its own
 * schemas, and an older app must still be able to send what a newer hub accepts); the
 * envelope of each call is checked here.
 */
export const hubCallSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('hello'), deviceId: deviceIdSchema.optional() }),
  z.strictObject({ op: z.literal('register-device'), body: deviceRegistrationSchema }),
  z.strictObject({
    op: z.literal('push'),
    body: z.strictObject({ deviceId: deviceIdSchema, events: z.array(z.unknown()).min(1) }),
  }),
  z.strictObject({
    op: z.literal('pull'),
    after: cursor,
    limit: z.number().int().min(1).max(MAX_PULL_LIMIT),
    deviceId: deviceIdSchema.optional(),
  }),
  z.strictObject({ op: z.literal('list-projects') }),
  z.strictObject({ op: z.literal('publish-project'), body: z.unknown() }),
  z.strictObject({
    op: z.literal('revise-settings'),
    projectId: wireIdSchema,
    body: z.unknown(),
  }),
  z.strictObject({ op: z.literal('publish-drafts'), projectId: wireIdSchema, body: z.unknown() }),
  z.strictObject({
    op: z.literal('revise-draft'),
    projectId: wireIdSchema,
    draftId: wireIdSchema,
    body: z.unknown(),
  }),
  z.strictObject({
    op: z.literal('withdraw-draft'),
    projectId: wireIdSchema,
    draftId: wireIdSchema,
    body: z.unknown(),
  }),
  // Leads and admins only (TEAM_ROLES): the hub answers anyone else 403.
  z.strictObject({ op: z.literal('team') }),
]);
export type HubCall = z.infer<typeof hubCallSchema>;
export type HubOp = HubCall['op'];
export type HubCallOf<O extends HubOp> = Extract<HubCall, { op: O }>;

/** What each call answers when it succeeds. */
export interface HubAnswers {
  hello: HelloResponse;
  'register-device': DeviceRegistered;
  push: PushResponse;
  pull: PullResponse;
  'list-projects': { projects: ProjectSummary[] };
  'publish-project': ProjectAnswer;
  'revise-settings': ProjectAnswer;
  'publish-drafts': { results: DraftAnswer[] };
  'revise-draft': DraftAnswer;
  'withdraw-draft': DraftAnswer;
  team: TeamResponse;
}

/** The schema each answer is checked with before anyone trusts it. */
export const hubAnswerSchemas: { [O in HubOp]: z.ZodType<HubAnswers[O]> } = {
  hello: helloResponseSchema,
  'register-device': deviceRegisteredSchema,
  push: pushResponseSchema,
  pull: pullResponseSchema,
  'list-projects': z.object({ projects: z.array(projectSummarySchema) }),
  'publish-project': projectAnswerSchema,
  'revise-settings': projectAnswerSchema,
  'publish-drafts': publishDraftsResponseSchema,
  'revise-draft': draftAnswerSchema,
  'withdraw-draft': draftAnswerSchema,
  team: teamResponseSchema,
};

/** The HTTP request a call is. Ids are encoded: they are the app's data, not path syntax. */
export function requestOf(call: HubCall): {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  body?: unknown;
} {
  const id = encodeURIComponent;
  switch (call.op) {
    case 'hello':
      return {
        method: 'GET',
        path:
          call.deviceId === undefined
            ? '/v1/sync/hello'
            : `/v1/sync/hello?deviceId=${id(call.deviceId)}`,
      };
    case 'register-device':
      return { method: 'POST', path: '/v1/devices', body: call.body };
    case 'push':
      return { method: 'POST', path: '/v1/sync/push', body: call.body };
    case 'pull': {
      const device = call.deviceId === undefined ? '' : `&deviceId=${id(call.deviceId)}`;
      return {
        method: 'GET',
        path: `/v1/sync/pull?after=${call.after}&limit=${call.limit}${device}`,
      };
    }
    case 'list-projects':
      return { method: 'GET', path: '/v1/projects' };
    case 'publish-project':
      return { method: 'POST', path: '/v1/projects', body: call.body };
    case 'revise-settings':
      return {
        method: 'PUT',
        path: `/v1/projects/${id(call.projectId)}/settings`,
        body: call.body,
      };
    case 'publish-drafts':
      return { method: 'POST', path: `/v1/projects/${id(call.projectId)}/drafts`, body: call.body };
    case 'revise-draft':
      return {
        method: 'PUT',
        path: `/v1/projects/${id(call.projectId)}/drafts/${id(call.draftId)}`,
        body: call.body,
      };
    case 'withdraw-draft':
      return {
        method: 'POST',
        path: `/v1/projects/${id(call.projectId)}/drafts/${id(call.draftId)}/withdraw`,
        body: call.body,
      };
    case 'team':
      return { method: 'GET', path: '/v1/team' };
  }
}
