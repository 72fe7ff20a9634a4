/**
 * One hub call as one HTTP request (SYNC.md §8), with the token in a header and the answer
 * checked against the protocol's schema before anyone sees it. Every effect is passed in
 * (`fetch`, the clock), so Electron's main process (Node's fetch), the browser build and the
 * tests all run this same code.
 */
import { hubErrorSchema } from './publish';
import {
  hubAnswerSchemas,
  requestOf,
  type HubAnswers,
  type HubCallOf,
  type HubOp,
} from './hub-calls';
import { failureKindOf, parseRetryAfter, type HubFailure, type HubResult } from './hub-failure';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface HubClientOptions {
  fetch: FetchLike;
  /** A URL `checkHubUrl` accepted. */
  baseUrl: string;
  token: string;
  /** How long a call may take before it counts as timed out (default 30 s). */
  timeoutMs?: number;
  now?: () => number;
}

export interface HubClient {
  readonly baseUrl: string;
  call<O extends HubOp>(call: HubCallOf<O>): Promise<HubResult<HubAnswers[O]>>;
}

const DEFAULT_TIMEOUT_MS = 30_000;

const fail = (failure: HubFailure): { ok: false; failure: HubFailure } => ({ ok: false, failure });

/** The hub's own words for a refusal, or the status line when it gave none. */
async function failureFrom(response: Response, nowMs: number): Promise<HubFailure> {
  const text = await response.text().catch(() => '');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const parsed = hubErrorSchema.safeParse(body);
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), nowMs);
  return {
    kind: failureKindOf(response.status),
    status: response.status,
    ...(parsed.success ? { code: parsed.data.error.slice(0, 200) } : {}),
    message: parsed.success
      ? parsed.data.message.slice(0, 2_000)
      : `HTTP ${response.status} ${response.statusText}`.trim(),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  };
}

export function createHubClient(options: HubClientOptions): HubClient {
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return {
    baseUrl: options.baseUrl,
    async call<O extends HubOp>(call: HubCallOf<O>): Promise<HubResult<HubAnswers[O]>> {
      const request = requestOf(call);
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      let response: Response;
      let text: string;
      try {
        response = await options.fetch(`${options.baseUrl}${request.path}`, {
          method: request.method,
          headers: {
            authorization: `Bearer ${options.token}`,
            accept: 'application/json',
            ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
          signal: controller.signal,
          redirect: 'error',
        });
        if (!response.ok) {
          return fail(await failureFrom(response, now()));
        }
        text = await response.text();
      } catch (error) {
        return fail(
          controller.signal.aborted
            ? { kind: 'timeout', message: `The hub did not answer within ${timeoutMs / 1000} s.` }
            : {
                kind: 'offline',
                message: (error as Error).message || 'The hub cannot be reached.',
              },
        );
      } finally {
        clearTimeout(timer);
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        return fail({
          kind: 'bad-answer',
          status: response.status,
          message: 'The answer is not JSON.',
        });
      }
      const schema = hubAnswerSchemas[call.op];
      const checked = schema.safeParse(json);
      if (!checked.success) {
        const first = checked.error.issues[0];
        return fail({
          kind: 'bad-answer',
          status: response.status,
          message:
            `The answer does not follow the sync protocol (${first?.path.join('.') ?? ''}: ${first?.message ?? ''}).`.slice(
              0,
              2_000,
            ),
        });
      }
      return { ok: true, value: checked.data };
    },
  };
}
