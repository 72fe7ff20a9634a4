/**
 * What the review store needs besides Dexie for one decision: who decides, on which device, and
 * how long they were active on the item. Kept apart so the store's actions stay short.
 */
import type { DecisionKind, DecisionPayloads } from '../../../shared/domain/decision-event';
import { createActiveTimer, type ActiveTimer } from '../../../shared/review/active-timer';
import { buildDecisionEvent } from '../../../shared/review/build-decision-event';
import type { UnsequencedEvent } from '../../db/repositories/decisions-repository';
import { useProfileStore } from '../profile/profile-store';

let timer: ActiveTimer = createActiveTimer(() => Date.now());

/** The active-time clock of the item on screen (UI reports activity and focus to it). */
export function activeTimer(): ActiveTimer {
  return timer;
}

/** Starts a fresh timer (tests, and a newly opened project). */
export function resetActiveTimer(now: () => number = () => Date.now()): void {
  timer = createActiveTimer(now);
}

/**
 * The active time a decision of `kind` is charged, taken off the clock now. Call it when the key
 * is pressed: the screen may move on (and restart the clock) before the event is built.
 */
export function takeActiveTime(kind: DecisionKind): number {
  // A retract or a comment is not time on the item; the next decision keeps the clock.
  return kind === 'retract' || kind === 'comment' ? 0 : timer.take();
}

/** Which draft a decision is about, and the settings version of its project in force. */
export interface DecisionTarget {
  projectId: string;
  draftId: string;
  parents: readonly string[];
  /** `Project.guidelinesVersion` as the reviewer saw it when the key was pressed. */
  guidelinesVersion: number;
  /** The hub's version of the draft on screen, when it came from a hub (SYNC.md §7). */
  draftVersion?: number;
}

/** Builds the event for `kind` on a draft, charged `activeMs` (see `takeActiveTime`). */
export async function prepareDecision<K extends DecisionKind>(
  kind: K,
  payload: DecisionPayloads[K],
  target: DecisionTarget,
  activeMs: number,
): Promise<UnsequencedEvent> {
  const { profile, deviceId } = useProfileStore.getState();
  if (profile === null || deviceId === null) {
    throw new Error('review.errors.noProfile');
  }
  const event = await buildDecisionEvent({
    kind,
    payload,
    ...target,
    reviewerId: profile.reviewerId,
    deviceId,
    activeMs,
    appVersion: __APP_VERSION__,
  });
  return event;
}
