/**
 * Builds a decision event with everything that must not happen inside a Dexie transaction:
 * the ULID, the clock, and the SHA-256 payload hash (crypto.subtle is async and would commit
 * the transaction early). The result goes to `recordDecision` whole.
 */
import type { DecisionEvent, DecisionPayloads, DecisionKind } from '../domain/decision-event';
import { ulid } from '../ids/ulid';
import { payloadHash } from './payload-hash';

/**
 * Version of the event format written by this build. 2: events carry `guidelinesVersion`, the
 * project's settings version in force (version 1 events lack it and stay valid). 3: events on a
 * draft from a hub carry its `draftVersion`.
 */
export const DECISION_SCHEMA_VERSION = 3;

export interface DecisionInput<K extends DecisionKind> {
  kind: K;
  payload: DecisionPayloads[K];
  projectId: string;
  draftId: string;
  /** The heads the reviewer saw: this decision supersedes them. */
  parents: readonly string[];
  reviewerId: string;
  deviceId: string;
  activeMs: number;
  appVersion: string;
  /** The project's settings version in force (`Project.guidelinesVersion`). */
  guidelinesVersion?: number;
  /** The hub's version of the draft, when it came from a hub. */
  draftVersion?: number;
  now?: Date;
  newId?: () => string;
}

/** A complete event except for `deviceSeq`, which the recording transaction assigns. */
export async function buildDecisionEvent<K extends DecisionKind>(
  input: DecisionInput<K>,
): Promise<Omit<DecisionEvent<K>, 'deviceSeq'>> {
  return {
    eventId: (input.newId ?? ulid)(),
    kind: input.kind,
    draftId: input.draftId,
    projectId: input.projectId,
    reviewerId: input.reviewerId,
    deviceId: input.deviceId,
    parents: [...input.parents].sort(),
    payload: input.payload,
    payloadHash: await payloadHash(input.payload),
    activeMs: Math.max(0, Math.round(input.activeMs)),
    clientTime: (input.now ?? new Date()).toISOString(),
    schemaVersion: DECISION_SCHEMA_VERSION,
    appVersion: input.appVersion,
    // Left out rather than set to undefined: the event reads the same as one written before it.
    ...(input.guidelinesVersion === undefined
      ? {}
      : { guidelinesVersion: input.guidelinesVersion }),
    ...(input.draftVersion === undefined ? {} : { draftVersion: input.draftVersion }),
  };
}
