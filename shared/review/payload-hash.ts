/**
 * SHA-256 of a payload's canonical JSON, lower-case hex. The hub tells a duplicate (same id, same
 * hash) from an id conflict with it.
 *
 * Async because `crypto.subtle` is: callers compute the hash BEFORE opening the Dexie transaction
 * that stores the event — awaiting anything that is not Dexie inside it would commit it early.
 */
import type { DecisionEvent } from '../domain/decision-event';
import { canonicalJson } from '../json/canonical-json';

/** Matches what {@link payloadHash} returns. */
export const PAYLOAD_HASH_PATTERN = /^[0-9a-f]{64}$/;

/** Hex SHA-256 of the UTF-8 canonical JSON of `payload`. Rejects what canonicalJson refuses. */
export async function payloadHash(payload: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(payload));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** True when the event's `payloadHash` matches its payload (for the hub and imports). */
export async function hasValidPayloadHash(
  event: Pick<DecisionEvent, 'payload' | 'payloadHash'>,
): Promise<boolean> {
  return (await payloadHash(event.payload)) === event.payloadHash;
}
