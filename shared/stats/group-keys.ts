/**
 * The keys drafts are grouped by. A model version is named with its model (`name@version`),
 * because two models may both have a "v2"; a draft with no version groups under the model name
 * alone. A draft without a prompt version groups under NO_PROMPT_VERSION (the view shows "none").
 */
import type { StatsDraft } from './stats-input';

export const NO_PROMPT_VERSION = '';

export function modelVersionKey(draft: Pick<StatsDraft, 'model' | 'modelVersion'>): string {
  return draft.modelVersion === undefined ? draft.model : `${draft.model}@${draft.modelVersion}`;
}

export function promptVersionKey(draft: Pick<StatsDraft, 'promptVersion'>): string {
  return draft.promptVersion ?? NO_PROMPT_VERSION;
}
