/**
 * `GET /v1/audit?after=SEQ&limit=N[&project=ID[&draft=ID]]` (issue 14 point 7): the audit log
 * for leads and admins, one JSON page `{rows, nextCursor, hasMore, high}` in the style of
 * `GET /v1/sync/pull` (shared/audit/audit-query.ts has the contract).
 *
 * The page is streamed: rows are read in batches, each in its own read, and written as they
 * come, so a page of long notes never sits whole in memory. Batches after the first may use
 * separate snapshots safely: they read only `seq <= high` of the first, and the log never
 * changes below a committed `seq`. The first batch is read before the answer starts, so a
 * database that cannot be reached is still answered 503, not a cut 200.
 */
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { AUDIT_ROLES, auditQuerySchema, type AuditQuery, type AuditRow } from '../../shared/audit';
import { readAuditRows } from '../log/audit-rows';
import type { AuditWindow } from '../storage/queries/audit';
import { userNames } from '../storage/queries/exports';
import { readHigh } from '../storage/queries/identity';
import type { HubStorage } from '../storage/storage';
import type { HubContext } from '../server/context';

/** Rows per read: small enough to stream, large enough that a page takes few reads. */
const AUDIT_BATCH = 200;

async function* pageBody(
  storage: HubStorage,
  window: AuditWindow,
  first: AuditRow[],
  names: ReadonlyMap<string, string>,
): AsyncGenerator<string> {
  let batch = first;
  let asked = Math.min(AUDIT_BATCH, window.limit);
  let sent = 0;
  let last = window.after;
  yield '{"rows":[';
  for (;;) {
    if (batch.length > 0) {
      yield `${sent > 0 ? ',' : ''}${batch.map((row) => JSON.stringify(row)).join(',')}`;
      sent += batch.length;
      last = batch[batch.length - 1]?.seq ?? last;
    }
    if (batch.length < asked || sent >= window.limit) {
      break;
    }
    asked = Math.min(AUDIT_BATCH, window.limit - sent);
    const next = { ...window, after: last, limit: asked };
    batch = await storage.read((sql) => readAuditRows(sql, next, names));
  }
  // A full page ends at its last row; a short one has looked at everything up to `high` (a
  // cursor beyond `high`, from before a restore, is kept rather than moved back).
  const nextCursor = sent >= window.limit ? last : Math.max(window.after, window.upTo);
  const tail = { nextCursor, hasMore: nextCursor < window.upTo, high: window.upTo };
  yield `],${JSON.stringify(tail).slice(1)}`;
}

export function registerAuditRoutes(app: FastifyInstance, { storage }: HubContext) {
  app.get<{ Querystring: AuditQuery }>(
    '/v1/audit',
    { config: { roles: AUDIT_ROLES }, schema: { querystring: auditQuerySchema } },
    async (request, reply) => {
      const { after, limit, project, draft } = request.query;
      const start = await storage.read(async (sql) => {
        const window: AuditWindow = {
          after,
          upTo: await readHigh(sql),
          limit,
          ...(project === undefined ? {} : { projectId: project }),
          ...(draft === undefined ? {} : { draftId: draft }),
        };
        const names = await userNames(sql);
        const first = await readAuditRows(
          sql,
          { ...window, limit: Math.min(AUDIT_BATCH, limit) },
          names,
        );
        return { window, names, first };
      });
      const body = Readable.from(pageBody(storage, start.window, start.first, start.names));
      body.on('error', (error: Error) => {
        request.log.warn({ err: { name: error.name, message: error.message } }, 'audit page cut');
      });
      return reply
        .header('cache-control', 'no-store')
        .type('application/json; charset=utf-8')
        .send(body);
    },
  );
}
