/**
 * The draft state as a pure function of the SET of its decision events (DESIGN.md, Domain):
 * every copy — each reviewer's machine and the hub — converges on the same state whatever the
 * order, duplicates or retries. No clock is read; ties are broken by event id.
 *
 * Rules, in the reviewer's words:
 * - Skips and comments are remarks: they never change where a draft stands.
 * - A retract undoes its target exactly as if the target had never been made: the decisions it
 *   had superseded (its parents) are heads again unless another decision still lists them.
 *   A retract of a retract does nothing (see event-set.ts).
 * - Heads are the decisions still standing: not retracted, and listed as a parent by no other
 *   standing decision. No head → pending. One head → its status.
 * - Several heads with one verdict agree: that status (`resolved` if a lead's resolve is among
 *   them). Heads that disagree → disputed, and the most cautious verdict holds meanwhile:
 *   reject > escalate > edit > approve.
 * - A resolve lists the heads it rules on as parents, so a resolve over all heads leaves itself
 *   as the only head: resolved.
 * - Which text holds when several edits agree: that of the head with the greatest event id
 *   (the latest by creation time); a lead's resolve outranks reviewers' edits.
 */
import type { DecisionEvent, ResolveVerdict } from '../domain/decision-event';
import { isKind } from '../domain/decision-event';
import type { DraftStatus } from '../domain/draft';
import { compareIds, retractedIds, STATUS_KINDS, uniqueEvents } from './event-set';

/** What a standing decision says should happen to the draft. `reject` comes only from leads. */
export type HeldVerdict = 'approve' | 'edit' | 'escalate' | 'reject';

/** How cautious each verdict is: the higher one holds while heads disagree. */
export const VERDICT_CAUTION: Readonly<Record<HeldVerdict, number>> = {
  approve: 0,
  edit: 1,
  escalate: 2,
  reject: 3,
};

/** Status of agreeing reviewer heads (a resolve among them makes it `resolved` instead). */
const STATUS_OF_VERDICT: Readonly<Record<HeldVerdict, DraftStatus>> = {
  approve: 'approved',
  edit: 'edited',
  escalate: 'escalated',
  reject: 'resolved', // only a resolve can reject
};

/** The lead's call behind a `resolved` status. */
export interface Resolution {
  eventId: string;
  reviewerId: string;
  verdict: ResolveVerdict;
  note?: string;
}

export interface DerivedDraftState {
  status: DraftStatus;
  /** Event ids of the standing decisions nobody supersedes, sorted. */
  heads: string[];
  /** The verdict that holds; for `disputed`, the most cautious one; null while pending. */
  verdict: HeldVerdict | null;
  /** The text that holds when the verdict is `edit` (a reviewer's edit or a lead's). */
  finalText?: string;
  /** Set only when the status is `resolved`. */
  resolution?: Resolution;
  /** Event ids undone by a retract, sorted. */
  retracted: string[];
  /** `clientTime` of the standing decision with the greatest event id. */
  lastDecisionAt?: string;
}

/** Derives the draft state from its events. Order and duplicates of `events` do not matter. */
export function deriveDraftState(events: readonly DecisionEvent[]): DerivedDraftState {
  const unique = uniqueEvents(events); // sorted by eventId from here on
  const retracted = retractedIds(unique);
  const standing = unique.filter(
    (event) => STATUS_KINDS.has(event.kind) && !retracted.has(event.eventId),
  );
  const covered = coveredIds(standing);
  const heads = standing.filter((event) => !covered.has(event.eventId));
  const base = {
    heads: heads.map((head) => head.eventId),
    retracted: [...retracted].sort(compareIds),
    ...(standing.length > 0 ? { lastDecisionAt: standing[standing.length - 1]?.clientTime } : {}),
  };

  const verdicts = new Set(heads.map(verdictOf));
  if (verdicts.size === 0) {
    return { status: 'pending', verdict: null, ...base };
  }
  const verdict = [...verdicts].reduce((a, b) => (VERDICT_CAUTION[b] > VERDICT_CAUTION[a] ? b : a));
  const holding = holdingHead(heads, verdict);
  const status: DraftStatus =
    verdicts.size > 1
      ? 'disputed'
      : isKind(holding, 'resolve')
        ? 'resolved'
        : STATUS_OF_VERDICT[verdict];

  const finalText = verdict === 'edit' ? textOf(holding) : undefined;
  return {
    status,
    verdict,
    ...base,
    ...(finalText !== undefined ? { finalText } : {}),
    ...(status === 'resolved' && isKind(holding, 'resolve')
      ? { resolution: resolutionOf(holding) }
      : {}),
  };
}

/** Ids some standing decision lists as a parent. A decision never covers itself. */
function coveredIds(standing: readonly DecisionEvent[]): Set<string> {
  const covered = new Set<string>();
  for (const event of standing) {
    for (const parent of event.parents) {
      if (parent !== event.eventId) {
        covered.add(parent);
      }
    }
  }
  return covered;
}

function verdictOf(head: DecisionEvent): HeldVerdict {
  return isKind(head, 'resolve') ? head.payload.verdict : (head.kind as HeldVerdict);
}

/**
 * The head whose verdict and text hold: among heads with the held verdict, a lead's resolve
 * before a reviewer's decision, then the greatest event id. `heads` is sorted by id.
 */
function holdingHead(heads: readonly DecisionEvent[], verdict: HeldVerdict): DecisionEvent {
  const candidates = heads.filter((head) => verdictOf(head) === verdict);
  const resolves = candidates.filter((head) => head.kind === 'resolve');
  const pool = resolves.length > 0 ? resolves : candidates;
  const last = pool[pool.length - 1];
  if (last === undefined) {
    throw new Error('unreachable: the held verdict comes from a head');
  }
  return last;
}

function textOf(head: DecisionEvent): string | undefined {
  if (isKind(head, 'edit')) {
    return head.payload.finalText;
  }
  return isKind(head, 'resolve') ? head.payload.finalText : undefined;
}

function resolutionOf(head: DecisionEvent<'resolve'>): Resolution {
  const { verdict, note } = head.payload;
  return {
    eventId: head.eventId,
    reviewerId: head.reviewerId,
    verdict,
    ...(note !== undefined ? { note } : {}),
  };
}
