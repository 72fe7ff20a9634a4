/**
 * A lead's calls in the local store (lead-inbox-store.ts keeps the screen's state): each call is
 * recorded through the same path as every reviewer decision (`recordDecision`: one transaction
 * with its outbox row, so it syncs like every decision), under the project's current guideline
 * version; undo records a `retract` of it; and after a restart the calls still undoable are
 * found among this device's events, as the reviewer's undo finds its own.
 */
import type { DecisionKind, DecisionPayloads } from '../../../../shared/domain/decision-event';
import { getDatabase } from '../../../db/database-instance';
import {
  findUndoTarget,
  isLeadCall,
  recordDecision,
} from '../../../db/repositories/decisions-repository';
import { getProject } from '../../../db/repositories/projects-repository';
import { useProfileStore } from '../../profile/profile-store';
import { prepareDecision, takeActiveTime } from '../../review/review-session';

/** A call of this lead: what undo takes back. */
export interface LeadCall {
  eventId: string;
  projectId: string;
  draftId: string;
  kind: 'resolve' | 'comment';
}

/** The draft an event of the lead is about, and what it answers. */
export interface LeadCallOn {
  projectId: string;
  draftId: string;
  parents: readonly string[];
  draftVersion?: number;
}

/** Stores one event of the lead (synced like any decision); its event id. */
export async function storeLeadEvent<K extends DecisionKind>(
  kind: K,
  payload: DecisionPayloads[K],
  on: LeadCallOn,
): Promise<string> {
  const db = getDatabase();
  const project = await getProject(db, on.projectId);
  const event = await prepareDecision(
    kind,
    payload,
    {
      projectId: on.projectId,
      draftId: on.draftId,
      parents: on.parents,
      guidelinesVersion: project?.guidelinesVersion ?? 1,
      ...(on.draftVersion === undefined ? {} : { draftVersion: on.draftVersion }),
    },
    takeActiveTime(kind),
  );
  await recordDecision(db, event);
  return event.eventId;
}

/** Takes `call` back: a `retract` of its event. */
export function retractLeadCall(call: LeadCall): Promise<string> {
  return storeLeadEvent(
    'retract',
    { targetEventId: call.eventId },
    { projectId: call.projectId, draftId: call.draftId, parents: [] },
  );
}

/** This device's latest lead call the store holds that no retract has undone (restarts). */
export async function latestStoredLeadCall(): Promise<LeadCall | undefined> {
  const { profile, deviceId } = useProfileStore.getState();
  if (profile === null || deviceId === null) {
    return undefined;
  }
  const event = await findUndoTarget(getDatabase(), deviceId, profile.reviewerId, isLeadCall);
  if (event === undefined || (event.kind !== 'resolve' && event.kind !== 'comment')) {
    return undefined;
  }
  return {
    eventId: event.eventId,
    projectId: event.projectId,
    draftId: event.draftId,
    kind: event.kind,
  };
}
