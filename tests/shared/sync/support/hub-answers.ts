/** Answers a hub gives, as the protocol's schemas accept them, for tests with a fake fetch. */
import type { HelloResponse } from '../../../../shared/sync/hello';
import { SYNC_LIMITS } from '../../../../shared/sync/limits';

/** A `GET /v1/sync/hello` answer for a reviewer. */
export function helloAnswer(): HelloResponse {
  return {
    hubId: 'hub-test',
    epoch: 1,
    deviceWatermark: null,
    user: { id: 'user-rita', name: 'rita', role: 'reviewer' },
    protocolVersion: 1,
    high: 0,
    serverTime: '2026-12-01T08:00:00.000Z',
    limits: SYNC_LIMITS,
  };
}

/** A JSON response, as `fetch` resolves it. */
export function jsonResponse(
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}
