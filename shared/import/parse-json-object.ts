/**
 * Turns the text of one JSONL line or one JSON array element into an object, or says why not.
 * Shared so both formats report exactly the same reasons.
 */

export type JsonObjectResult =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; reason: 'invalid JSON' | 'not an object' };

export function parseJsonObject(text: string): JsonObjectResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'invalid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'not an object' };
  }
  return { ok: true, value: value as Record<string, unknown> };
}
