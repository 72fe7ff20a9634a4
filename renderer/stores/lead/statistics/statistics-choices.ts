/**
 * The values the statistics filters offer: every project, model, version, reviewer and guideline
 * version the local store holds, whatever the current filters (a filter must never hide the
 * values that would widen it again). Built by the worker from the drafts it read.
 */
import { compareKeys } from '../../../../shared/stats/decision-counts';
import type { StatsDraft } from '../../../../shared/stats/stats-input';

export interface StatisticsChoices {
  projects: string[];
  models: string[];
  modelVersions: string[];
  promptVersions: string[];
  reviewers: string[];
  guidelinesVersions: number[];
  /** The first and last event day (`YYYY-MM-DD`, UTC), for the date inputs' bounds. */
  firstDay: string | null;
  lastDay: string | null;
}

export const NO_CHOICES: StatisticsChoices = {
  projects: [],
  models: [],
  modelVersions: [],
  promptVersions: [],
  reviewers: [],
  guidelinesVersions: [],
  firstDay: null,
  lastDay: null,
};

const sorted = (values: Set<string>): string[] => [...values].sort(compareKeys);

export function statisticsChoices(drafts: readonly StatsDraft[]): StatisticsChoices {
  const projects = new Set<string>();
  const models = new Set<string>();
  const modelVersions = new Set<string>();
  const promptVersions = new Set<string>();
  const reviewers = new Set<string>();
  const guidelines = new Set<number>();
  let first: string | null = null;
  let last: string | null = null;
  for (const draft of drafts) {
    projects.add(draft.projectId);
    models.add(draft.model);
    if (draft.modelVersion !== undefined) {
      modelVersions.add(draft.modelVersion);
    }
    if (draft.promptVersion !== undefined) {
      promptVersions.add(draft.promptVersion);
    }
    for (const event of draft.events) {
      reviewers.add(event.reviewerId);
      if (event.guidelinesVersion !== undefined) {
        guidelines.add(event.guidelinesVersion);
      }
      // ISO times in UTC sort as strings; the day is their first ten characters.
      const day = new Date(event.clientTime).toISOString().slice(0, 10);
      if (first === null || day < first) {
        first = day;
      }
      if (last === null || day > last) {
        last = day;
      }
    }
  }
  return {
    projects: sorted(projects),
    models: sorted(models),
    modelVersions: sorted(modelVersions),
    promptVersions: sorted(promptVersions),
    reviewers: sorted(reviewers),
    guidelinesVersions: [...guidelines].sort((a, b) => a - b),
    firstDay: first,
    lastDay: last,
  };
}
