/**
 * One JSON Lines line per disagreement, with the source context a judge is aligned on: the
 * prompt, the conversation, the context documents and the draft as written, beside what the
 * judge and the humans said (each reviewer's verdict, edited text, reason, note and rubric
 * answers, read from the draft's events). Keys in a fixed order, so the same data gives the
 * same bytes (as the export writers, EXPORTS.md §2). Drafts are untrusted text and are written
 * verbatim: JSON.stringify escapes what JSON needs and changes nothing else.
 */
import type { DecisionEvent, Labels } from '../domain/decision-event';
import type { Disagreement } from './disagreements';
import type { ReviewerCall } from './reviewer-calls';
import { labelsOf } from './reviewer-calls';
import type { StatsDraft } from './stats-input';

const draftKey = (projectId: string, draftId: string): string => `${projectId}\u0000${draftId}`;

/** Labels with keys in code-unit order: payload key order varies by device. */
function sortedLabels(labels: Labels): Labels {
  const out: Labels = {};
  for (const key of Object.keys(labels).sort()) {
    out[key] = labels[key] as Labels[string];
  }
  return out;
}

/** Teammates' names by hub user id, where the lead's app knows them (absent: ids only). */
export type ReviewerNames = Readonly<Record<string, string>>;

/** A reviewer's `id`, and `name` after it when known. */
const who = (id: string, names: ReviewerNames | undefined) => {
  const name = names?.[id];
  return name === undefined ? { id } : { id, name };
};

function reviewerLine(
  call: ReviewerCall,
  event: DecisionEvent | undefined,
  names: ReviewerNames | undefined,
) {
  const payload = (event?.payload ?? {}) as {
    finalText?: string;
    reasonId?: string;
    note?: string;
  };
  const labels = event === undefined ? undefined : labelsOf(event);
  return {
    ...who(call.reviewerId, names),
    decision: call.verdict,
    at: call.at,
    ...(payload.finalText !== undefined ? { final: payload.finalText } : {}),
    ...(payload.reasonId !== undefined ? { reasonId: payload.reasonId } : {}),
    ...(payload.note !== undefined ? { note: payload.note } : {}),
    ...(labels !== undefined ? { labels: sortedLabels(labels) } : {}),
  };
}

/**
 * The line (without its newline) of `disagreement`, on `draft` (the same project and id); each
 * reviewer is named from `names` when it knows them.
 */
export function disagreementJsonLine(
  disagreement: Disagreement,
  draft: StatsDraft,
  names?: ReviewerNames,
): string {
  const judge = disagreement.kind === 'judge' ? disagreement.judge : draft.judge;
  let reviewers: object[];
  if (disagreement.kind === 'reviewers') {
    const byId = new Map(draft.events.map((event) => [event.eventId, event]));
    reviewers = disagreement.calls.map((call) => reviewerLine(call, byId.get(call.eventId), names));
  } else {
    reviewers = disagreement.reviewerIds.map((id) => who(id, names));
  }
  const line = {
    kind: disagreement.kind,
    project: draft.projectId,
    id: draft.id,
    model: {
      name: draft.model,
      ...(draft.modelVersion !== undefined ? { version: draft.modelVersion } : {}),
    },
    ...(draft.promptVersion !== undefined ? { promptVersion: draft.promptVersion } : {}),
    ...(draft.prompt !== undefined ? { prompt: draft.prompt } : {}),
    ...(draft.messages !== undefined ? { messages: draft.messages } : {}),
    context: draft.context ?? [],
    draft: draft.text,
    ...(judge !== undefined
      ? {
          judge: {
            verdict: judge.verdict,
            ...(judge.score !== undefined ? { score: judge.score } : {}),
            ...(judge.rationale !== undefined ? { rationale: judge.rationale } : {}),
          },
        }
      : {}),
    ...(disagreement.kind === 'judge'
      ? {
          human: {
            decision: disagreement.humanDecision,
            ...(disagreement.finalText !== undefined ? { final: disagreement.finalText } : {}),
          },
        }
      : {}),
    reviewers,
  };
  return JSON.stringify(line);
}

/**
 * Lines for every disagreement whose draft is in `drafts`, each ending in `\n` (JSON Lines).
 * Disagreements whose draft is missing are skipped: the list may come from an older run.
 */
export function* disagreementJsonLines(
  disagreements: Iterable<Disagreement>,
  drafts: Iterable<StatsDraft>,
  names?: ReviewerNames,
): Generator<string> {
  const byKey = new Map<string, StatsDraft>();
  for (const draft of drafts) {
    byKey.set(draftKey(draft.projectId, draft.id), draft);
  }
  for (const disagreement of disagreements) {
    const draft = byKey.get(draftKey(disagreement.projectId, disagreement.draftId));
    if (draft !== undefined) {
      yield `${disagreementJsonLine(disagreement, draft, names)}\n`;
    }
  }
}
