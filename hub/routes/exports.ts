/**
 * `GET /v1/exports/:format` and `GET /v1/exports/:format/manifest` (issue 13 point 5): the
 * labelled set for evaluators, leads and admins, with the same filters, writers and manifest
 * as the app's export (EXPORTS.md §1–§3). The data route streams one file (`data`, or `train` /
 * `test` of a split) with backpressure; the manifest route describes every file of the same
 * parameters. Both say in `X-Loupe-Export-Seq` the cursor they reflect; a client passes it back
 * as `upTo` to get exactly the set a manifest describes.
 *
 * The log gets the method, path and query only (request-log fields of build-server.ts): never
 * the token, never a draft's text.
 */
import { PassThrough } from 'node:stream';
import { createChunkBatcher } from '../../shared/export/chunk-batcher';
import { once } from 'node:events';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { manifestJson } from '../../shared/export';
import type { HubRole } from '../../shared/sync/roles';
import { exportFormatOf, parseExportRequest } from '../export/export-request';
import { readExportSnapshot } from '../export/export-snapshot';
import { contentTypeOf, exportFile, exportManifest, writerFor } from '../export/run-hub-export';
import type { HubContext } from '../server/context';

/** Who may pull labelled sets (SYNC.md §8): not reviewers. */
export const EXPORT_ROLES: readonly HubRole[] = ['evaluator', 'lead', 'admin'];

export const EXPORT_SEQ_HEADER = 'x-loupe-export-seq';

type FormatParams = { Params: { format: string } };

const searchOf = (request: FastifyRequest) =>
  new URL(request.url, 'http://hub.invalid').searchParams;

/** Aborted when the client goes away before the answer is complete. */
function abortOnHangUp(reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) {
      controller.abort(new Error('the client closed the connection'));
    }
  });
  return controller.signal;
}

/** Writes `chunk`, waiting for the client to take it when the buffer is full. */
async function writeTo(stream: PassThrough, chunk: Uint8Array, signal: AbortSignal) {
  signal.throwIfAborted();
  if (!stream.write(chunk)) {
    await once(stream, 'drain', { signal });
  }
}

export function registerExportRoutes(app: FastifyInstance, { storage }: HubContext) {
  const config = { roles: EXPORT_ROLES };

  const prepare = async (request: FastifyRequest<FormatParams>, needsFile: boolean) => {
    const format = exportFormatOf(request.params.format);
    const exportRequest = parseExportRequest(format, searchOf(request), needsFile);
    const snapshot = await storage.read((sql) =>
      readExportSnapshot(sql, {
        ...(exportRequest.filters.projects !== undefined
          ? { projects: exportRequest.filters.projects }
          : {}),
        ...(exportRequest.after !== undefined ? { after: exportRequest.after } : {}),
        ...(exportRequest.upTo !== undefined ? { upTo: exportRequest.upTo } : {}),
      }),
    );
    return { exportRequest, snapshot };
  };

  app.get<FormatParams>('/v1/exports/:format', { config }, async (request, reply) => {
    const { exportRequest, snapshot } = await prepare(request, true);
    const writer = writerFor(exportRequest, snapshot);
    const fileName = `${exportRequest.file}.${writer.extension}`;
    const signal = abortOnHangUp(reply);
    const body = new PassThrough();
    let started: () => void = () => undefined;
    const firstChunk = new Promise<void>((resolve) => (started = resolve));
    // One write per 32 KB or more rather than per record. The text formats already hand out
    // ~64 KB batches (text-batch.ts) and Parquet whole row groups: those go on uncopied.
    const batches = createChunkBatcher(32 * 1024);
    const run = exportFile(
      storage,
      snapshot,
      exportRequest,
      writer,
      async (chunk) => {
        started();
        const batch = batches.add(fileName, chunk);
        if (batch !== undefined) {
          await writeTo(body, batch, signal);
        }
      },
      signal,
    ).then(async () => {
      for (const [, rest] of batches.drain()) {
        if (rest.byteLength > 0) {
          await writeTo(body, rest, signal);
        }
      }
    });
    run.then(
      () => body.end(),
      (error: Error) => {
        // Once headers are gone, all that is left is to cut the response short, which a client
        // sees as a truncated body (and the CLI as a size mismatch against the manifest).
        request.log.warn({ err: { name: error.name, message: error.message } }, 'export ended');
        body.destroy(error);
      },
    );
    // Headers wait for the first bytes (or the end of an empty file): a failure before then
    // (the database unreachable) is still answered with its own status, not a cut 200.
    try {
      await Promise.race([firstChunk, run]);
    } catch (error) {
      if (signal.aborted) {
        reply.hijack(); // the client is gone: nothing to answer, nothing to log as a failure
        return reply;
      }
      throw error;
    }
    return reply
      .header('content-type', contentTypeOf(exportRequest.format))
      .header('content-disposition', `attachment; filename="${fileName}"`)
      .header('cache-control', 'no-store')
      .header(EXPORT_SEQ_HEADER, String(snapshot.seq))
      .send(body);
  });

  app.get<FormatParams>('/v1/exports/:format/manifest', { config }, async (request, reply) => {
    const { exportRequest, snapshot } = await prepare(request, false);
    const manifest = await exportManifest(storage, snapshot, exportRequest, abortOnHangUp(reply));
    return reply
      .header('cache-control', 'no-store')
      .header(EXPORT_SEQ_HEADER, String(snapshot.seq))
      .type('application/json; charset=utf-8')
      .send(manifestJson(manifest));
  });
}
