/**
 * A request the hub refuses as a whole, with the HTTP status and a code the client can act on
 * (SYNC.md §8: a bad request gets a 4xx with a reason, never a 500 and never a partial write).
 * Thrown inside a write, it rolls the transaction back.
 */
export class HubRequestError extends Error {
  override readonly name = 'HubRequestError';

  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
