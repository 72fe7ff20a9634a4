/**
 * Every refusal is a 4xx with a code and a reason (SYNC.md §8), in one shape (`HubError` of
 * shared/sync/publish.ts). Only a fault of the hub itself is a 500, and its answer carries no
 * detail; the log keeps the error, never the request body.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { HubError } from '../../shared/sync/publish';
import { HubRequestError } from '../log/request-error';
import { StorageBusyError } from '../storage/storage';
import { SchemaValidationError } from './schema-validation';

/** Fastify's own refusals, in the hub's words. */
const FASTIFY_CODES: Record<string, { status: number; error: string; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    error: 'body_too_large',
    message: 'The request body is larger than this route accepts.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    error: 'unsupported_media_type',
    message: 'Send the body as application/json.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    error: 'bad_content_length',
    message: 'The Content-Length does not match the body.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    error: 'empty_body',
    message: 'The request has a JSON content type but no body.',
  },
};

/** PostgreSQL could not be reached or is shutting down: try again shortly. */
function isUnavailable(error: { code?: unknown }): boolean {
  const code = typeof error.code === 'string' ? error.code : '';
  return (
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE'].includes(code) ||
    code.startsWith('08') || // connection exception
    code.startsWith('57P') // operator intervention (shutdown)
  );
}

function send(reply: FastifyReply, status: number, body: HubError) {
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

export function hubErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof HubRequestError) {
    return send(reply, error.status, { error: error.code, message: error.message });
  }
  if (error instanceof SchemaValidationError) {
    return send(reply, 400, {
      error: 'invalid_request',
      message: error.message,
      issues: error.issues,
    });
  }
  if (error instanceof StorageBusyError || isUnavailable(error)) {
    request.log.warn({ err: { message: error.message, code: error.code } }, 'storage unavailable');
    reply.header('retry-after', '1');
    return send(reply, 503, {
      error: 'unavailable',
      message: 'The hub cannot reach its database right now; try again shortly.',
    });
  }
  const known = FASTIFY_CODES[error.code];
  if (known !== undefined) {
    return send(reply, known.status, { error: known.error, message: known.message });
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return send(reply, status, {
      error: status === 429 ? 'rate_limited' : 'bad_request',
      message: error.message,
    });
  }
  request.log.error({ err: error }, 'request failed');
  return send(reply, 500, { error: 'internal', message: 'The hub failed to answer; see its log.' });
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply) {
  return send(reply, 404, {
    error: 'not_found',
    message: `There is no ${request.method} ${request.url.split('?')[0] ?? ''} on this hub.`,
  });
}
