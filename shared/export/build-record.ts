/**
 * One draft, its events and its project → the full labelled record (EXPORTS.md §1–§2). Pure:
 * the app, the hub and the CLI build the same record from the same events, whatever order the
 * events arrived in.
 *
 * Gold rules (§1): an approval (one head or agreeing heads), an edit and a lead's resolve are
 * gold; an escalation, a dispute, a pending draft and a draft only skipped are not. Retracted
 * decisions never count (derive-draft-state ignores them) but stay in `events`.
 */
import type { DecisionEvent } from '../domain/decision-event';
import { isKind } from '../domain/decision-event';
import type { Draft } from '../domain/draft';
import type { Project } from '../domain/project';
import type { DerivedDraftState } from '../review/derive-draft-state';
import { deriveDraftState } from '../review/derive-draft-state';
import { uniqueEvents } from '../review/event-set';
import { compareCodeUnits } from './export-order';
import { decidingEvent, headEvents } from './deciding-event';
import type { LoupeRecord, RecordDecision, RecordMetrics, RecordReviewer } from './loupe-record';
import { recordMetrics } from './record-metrics';
import { mergedLabels, ratingOf } from './record-labels';

/** What the record needs of the project: its id, and its rubric for the rating. */
export type RecordProject = Pick<Project, 'id' | 'name'> & Partial<Pick<Project, 'rubric'>>;

/** A reviewer's display name where the exporting side knows it. */
export type ReviewerNames = (reviewerId: string) => string | undefined;

const GOLD: ReadonlySet<RecordDecision> = new Set(['approved', 'edited', 'rejected']);

const RESOLVED_AS = { approve: 'approved', edit: 'edited', reject: 'rejected' } as const;

/** Where the draft stands as a record: its status, a lead's call spelled out, skipped apart. */
export function recordDecision(
  state: DerivedDraftState,
  events: readonly DecisionEvent[],
): RecordDecision {
  switch (state.status) {
    case 'resolved':
      if (state.resolution === undefined) {
        throw new Error('unreachable: a resolved draft has a resolution');
      }
      return RESOLVED_AS[state.resolution.verdict];
    case 'pending': {
      const retracted = new Set(state.retracted);
      const skipped = events.some(
        (event) => isKind(event, 'skip') && !retracted.has(event.eventId),
      );
      return skipped ? 'skipped' : 'pending';
    }
    default:
      return state.status;
  }
}

function reviewerOf(event: DecisionEvent, names?: ReviewerNames): RecordReviewer {
  return {
    id: event.reviewerId,
    name: names?.(event.reviewerId) ?? event.reviewerId,
    decision: event.kind,
    at: event.clientTime,
    activeMs: event.activeMs,
  };
}

function escalationReasons(heads: readonly DecisionEvent[]): string[] {
  const reasons = new Set<string>();
  for (const head of heads) {
    if (isKind(head, 'escalate')) {
      reasons.add(head.payload.reasonId);
    }
  }
  return [...reasons].sort(compareCodeUnits);
}

/**
 * The record of `draft`. `final` is the text that holds: the edited text for an edit (a lead's
 * for a resolve that edited, the most cautious head's during a dispute), else the draft itself —
 * also for a lead's reject, whose `decision` says the draft is wrong. `known`: edit metrics of
 * the draft against final texts, measured beforehand (the same function, elsewhere).
 */
export function buildRecord(
  draft: Draft,
  events: readonly DecisionEvent[],
  project: RecordProject,
  names?: ReviewerNames,
  known?: ReadonlyMap<string, RecordMetrics>,
): LoupeRecord {
  const all = uniqueEvents(events);
  const state = deriveDraftState(all);
  const heads = headEvents(all, state);
  const deciding = decidingEvent(all, state);
  const decision = recordDecision(state, all);
  const original = draft.draft;
  const final = state.finalText ?? original;
  const labels = mergedLabels(heads);
  const rating = ratingOf(labels, project.rubric);
  const metrics =
    decision === 'edited' || final !== original
      ? (known?.get(final) ?? recordMetrics(original, final))
      : undefined;
  const guidelinesVersion = deciding?.guidelinesVersion;

  // Keys in the order of the LoupeRecord interface: the writers serialise in insertion order.
  return {
    id: draft.id,
    project: project.id,
    ...(draft.prompt !== undefined ? { prompt: draft.prompt } : {}),
    ...(draft.messages !== undefined ? { messages: draft.messages } : {}),
    context: draft.context,
    original,
    final,
    decision,
    ...(state.resolution !== undefined ? { resolvedBy: state.resolution.reviewerId } : {}),
    labels,
    ...(rating !== undefined ? { rating } : {}),
    reasons: escalationReasons(heads),
    reviewers: heads.map((head) => reviewerOf(head, names)),
    model: {
      name: draft.model.name,
      ...(draft.model.version !== undefined ? { version: draft.model.version } : {}),
    },
    ...(draft.promptVersion !== undefined ? { promptVersion: draft.promptVersion } : {}),
    ...(guidelinesVersion !== undefined ? { guidelinesVersion } : {}),
    ...(metrics !== undefined ? { metrics } : {}),
    // The same object: unmapped import fields (span offsets…) must come out byte for byte.
    metadata: draft.metadata,
    events: all,
    gold: GOLD.has(decision),
  };
}
