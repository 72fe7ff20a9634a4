/**
 * A lead's routes (SYNC.md §8): list projects, publish one, revise its settings; publish,
 * revise and withdraw its drafts. Each write is one transaction; its records reach every
 * client by pull, and a poke tells them to pull.
 */
import type { FastifyInstance } from 'fastify';
import { z } from '../../shared/validation/zod';
import { wireIdSchema } from '../../shared/sync/hub-records';
import { MAX_PUBLISH_BYTES } from '../../shared/sync/limits';
import {
  publishDraftsRequestSchema,
  publishProjectRequestSchema,
  reviseDraftRequestSchema,
  reviseSettingsRequestSchema,
  withdrawDraftRequestSchema,
  type PublishDraftsRequest,
  type PublishProjectRequest,
  type ReviseDraftRequest,
  type ReviseSettingsRequest,
  type WithdrawDraftRequest,
} from '../../shared/sync/publish';
import { HUB_ROLES, PUBLISHING_ROLES } from '../../shared/sync/roles';
import { publishDrafts, reviseDraft, withdrawDraft } from '../log/publish-drafts';
import { hubProjectOf, publishProject, reviseSettings, type Writer } from '../log/publish-project';
import { HubRequestError } from '../log/request-error';
import { readIdentity } from '../storage/queries/identity';
import { listProjects } from '../storage/queries/projections';
import { callerOf } from '../server/access';
import type { HubContext } from '../server/context';

const projectParams = z.strictObject({ projectId: wireIdSchema });
const draftParams = z.strictObject({ projectId: wireIdSchema, draftId: wireIdSchema });
type ProjectParams = z.infer<typeof projectParams>;
type DraftParams = z.infer<typeof draftParams>;

export function registerProjectRoutes(app: FastifyInstance, context: HubContext) {
  const { storage } = context;
  const writerOf = (userId: string): Writer => ({
    userId,
    now: context.now().toISOString(),
    newId: context.newId,
  });
  const lead = { roles: PUBLISHING_ROLES };

  app.get('/v1/projects', { config: { roles: HUB_ROLES } }, () =>
    storage.read(async (sql) => ({
      ...(await readIdentity(sql)),
      projects: (await listProjects(sql)).map((row) => ({
        ...hubProjectOf(row),
        drafts: Number(row.drafts),
        withdrawn: Number(row.withdrawn),
      })),
    })),
  );

  app.post<{ Body: PublishProjectRequest }>(
    '/v1/projects',
    { config: lead, bodyLimit: MAX_PUBLISH_BYTES, schema: { body: publishProjectRequestSchema } },
    async (request, reply) => {
      const writer = writerOf(callerOf(request).id);
      const answer = await storage.write((sql) => publishProject(sql, writer, request.body));
      return reply.code(answer.status === 'published' ? 201 : 200).send(answer);
    },
  );

  app.put<{ Params: ProjectParams; Body: ReviseSettingsRequest }>(
    '/v1/projects/:projectId/settings',
    {
      config: lead,
      bodyLimit: MAX_PUBLISH_BYTES,
      schema: { params: projectParams, body: reviseSettingsRequestSchema },
    },
    (request) => {
      const writer = writerOf(callerOf(request).id);
      return storage.write((sql) =>
        reviseSettings(sql, writer, request.params.projectId, request.body),
      );
    },
  );

  app.post<{ Params: ProjectParams; Body: PublishDraftsRequest }>(
    '/v1/projects/:projectId/drafts',
    {
      config: lead,
      bodyLimit: MAX_PUBLISH_BYTES,
      schema: { params: projectParams, body: publishDraftsRequestSchema },
    },
    async (request) => {
      const writer = writerOf(callerOf(request).id);
      const results = await storage.write((sql) =>
        publishDrafts(sql, writer, request.params.projectId, request.body.drafts),
      );
      return { results };
    },
  );

  app.put<{ Params: DraftParams; Body: ReviseDraftRequest }>(
    '/v1/projects/:projectId/drafts/:draftId',
    {
      config: lead,
      bodyLimit: MAX_PUBLISH_BYTES,
      schema: { params: draftParams, body: reviseDraftRequestSchema },
    },
    (request) => {
      const { projectId, draftId } = request.params;
      if (request.body.draft.id !== draftId) {
        throw new HubRequestError(400, 'id_mismatch', "The draft's id is not the one in the URL.");
      }
      const writer = writerOf(callerOf(request).id);
      return storage.write((sql) =>
        reviseDraft(sql, writer, projectId, request.body.baseVersion, request.body.draft),
      );
    },
  );

  app.post<{ Params: DraftParams; Body: WithdrawDraftRequest | null | undefined }>(
    '/v1/projects/:projectId/drafts/:draftId/withdraw',
    {
      config: lead,
      schema: { params: draftParams, body: withdrawDraftRequestSchema.nullish() },
    },
    (request) => {
      const { projectId, draftId } = request.params;
      const writer = writerOf(callerOf(request).id);
      return storage.write((sql) =>
        withdrawDraft(sql, writer, projectId, draftId, request.body?.reason),
      );
    },
  );
}
