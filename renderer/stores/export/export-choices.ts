/**
 * The values an export can be filtered by that the local store holds (issue 13 point 1): the
 * models, model versions and prompt versions of its drafts, and the reviewers, guideline versions
 * and rubric answers of its decisions. Gathered from the items a preview reads anyway, so
 * offering them costs no second pass over 100k drafts.
 */
import type { DecisionEvent } from '../../../shared/domain/decision-event';
import { isKind } from '../../../shared/domain/decision-event';
import type { ExportItem, LabelFilter } from '../../../shared/export';
import { compareCodeUnits } from '../../../shared/export';

export interface ExportChoices {
  models: string[];
  modelVersions: string[];
  promptVersions: string[];
  guidelinesVersions: number[];
  /** Reviewer ids that made a decision. */
  reviewers: string[];
  /** Every rubric answer given, one entry per question and value. */
  labels: LabelFilter[];
}

export interface ChoicesCollector {
  add(item: ExportItem): void;
  choices(): ExportChoices;
}

const sorted = (values: Set<string>) => [...values].sort(compareCodeUnits);

function labelsOf(event: DecisionEvent): [string, string][] {
  const given =
    isKind(event, 'approve') || isKind(event, 'edit') ? event.payload.labels : undefined;
  return Object.entries(given ?? {}).flatMap(([question, answer]) =>
    (Array.isArray(answer) ? answer : [answer]).map((value): [string, string] => [
      question,
      String(value),
    ]),
  );
}

export function createChoicesCollector(): ChoicesCollector {
  const models = new Set<string>();
  const modelVersions = new Set<string>();
  const promptVersions = new Set<string>();
  const reviewers = new Set<string>();
  const guidelinesVersions = new Set<number>();
  const labels = new Map<string, LabelFilter>();
  return {
    add({ draft, events }) {
      models.add(draft.model.name);
      if (draft.model.version !== undefined) {
        modelVersions.add(draft.model.version);
      }
      if (draft.promptVersion !== undefined) {
        promptVersions.add(draft.promptVersion);
      }
      for (const event of events) {
        if (event.kind === 'comment' || event.kind === 'retract') {
          continue;
        }
        reviewers.add(event.reviewerId);
        if (event.guidelinesVersion !== undefined) {
          guidelinesVersions.add(event.guidelinesVersion);
        }
        for (const [question, value] of labelsOf(event)) {
          labels.set(`${question}\0${value}`, { question, value });
        }
      }
    },
    choices: () => ({
      models: sorted(models),
      modelVersions: sorted(modelVersions),
      promptVersions: sorted(promptVersions),
      guidelinesVersions: [...guidelinesVersions].sort((a, b) => a - b),
      reviewers: sorted(reviewers),
      labels: [...labels.values()].sort(
        (a, b) => compareCodeUnits(a.question, b.question) || compareCodeUnits(a.value, b.value),
      ),
    }),
  };
}
