/** Drafts, projects and events for the export tests: only what a rule needs is spelled out. */
import type { DecisionEvent } from '../../../../shared/domain/decision-event';
import type { Draft } from '../../../../shared/domain/draft';
import type { RecordProject } from '../../../../shared/export/build-record';

export {
  approve,
  comment,
  edit,
  escalate,
  event,
  resolve,
  retract,
  skip,
} from '../../review/support/events';

/** A draft of `project-1` with fixed, unremarkable fields. */
export function draft(id = 'draft-1', overrides: Partial<Draft> = {}): Draft {
  return {
    id,
    projectId: 'project-1',
    prompt: 'How do I reset my password?',
    context: [{ kind: 'ticket', title: 'Ticket 42', text: 'Cannot log in.' }],
    draft: 'Click "Forgot password" on the sign-in page.',
    model: { name: 'gpt-x', version: '2026-11' },
    promptVersion: 'p3',
    metadata: {},
    priority: 0,
    createdAt: '2026-11-30T08:00:00.000Z',
    ...overrides,
  };
}

export const project: RecordProject = {
  id: 'project-1',
  name: 'Support replies',
  rubric: {
    questions: [
      {
        id: 'tone',
        kind: 'single',
        label: { en: 'Tone', 'zh-TW': '語氣' },
        required: false,
        options: [
          { id: 'polite', label: { en: 'Polite', 'zh-TW': '有禮' } },
          { id: 'curt', label: { en: 'Curt', 'zh-TW': '生硬' } },
        ],
      },
      {
        id: 'quality',
        kind: 'rating',
        label: { en: 'Quality', 'zh-TW': '品質' },
        required: false,
        scale: { min: 1, max: 5 },
      },
    ],
  },
};

/** `event` with a guideline version and a draft id of choice. */
export function at<E extends DecisionEvent>(
  event: E,
  extra: { guidelinesVersion?: number; draftId?: string; projectId?: string },
): E {
  return { ...event, ...extra };
}
