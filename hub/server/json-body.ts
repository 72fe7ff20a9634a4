/**
 * The JSON body parser: Fastify's own, plus the body's size in bytes (a push of several events
 * has a tighter limit than one of a single event, SYNC.md §2) and a refusal that says what is
 * wrong with the JSON instead of a 500.
 */
import type { FastifyInstance } from 'fastify';
import { HubRequestError } from '../log/request-error';

export function setupJsonBody(app: FastifyInstance) {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer' },
    (request, body: Buffer, done) => {
      request.bodyBytes = body.length;
      if (body.length === 0) {
        done(null, undefined);
        return;
      }
      try {
        done(null, JSON.parse(body.toString('utf8')) as unknown);
      } catch (error) {
        done(
          new HubRequestError(
            400,
            'invalid_json',
            // V8's message quotes the text around the fault; the position alone says where.
            `The body is not valid JSON${positionOf(error)}.`,
          ),
          undefined,
        );
      }
    },
  );
}

function positionOf(error: unknown): string {
  const position = /position (\d+)/.exec((error as Error).message)?.[1];
  return position === undefined ? '' : ` (at character ${position})`;
}
