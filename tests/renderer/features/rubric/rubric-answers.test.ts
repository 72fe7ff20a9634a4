import { describe, expect, it } from 'vitest';
import {
  isAnswered,
  labelsToRecord,
  missingRequired,
} from '../../../../renderer/features/rubric/rubric-answers';
import type { RubricQuestion } from '../../../../shared/domain/draft-schema';

const label = (en: string) => ({ en, 'zh-TW': en });
const questions: RubricQuestion[] = [
  {
    id: 'errors',
    kind: 'multi',
    label: label('Errors'),
    required: false,
    options: [{ id: 'tone', label: label('Tone') }],
  },
  {
    id: 'quality',
    kind: 'rating',
    label: label('Quality'),
    required: true,
    scale: { min: 1, max: 5 },
  },
  { id: 'why', kind: 'text', label: label('Why'), required: true },
];

describe('rubric answers', () => {
  it('counts blank text and empty choice lists as unanswered', () => {
    expect(isAnswered(undefined)).toBe(false);
    expect(isAnswered('   ')).toBe(false);
    expect(isAnswered([])).toBe(false);
    expect(isAnswered(0)).toBe(true);
    expect(isAnswered(['tone'])).toBe(true);
  });

  it('names the open required questions in form order', () => {
    expect(missingRequired(questions, { why: ' ' }).map((q) => q.id)).toEqual(['quality', 'why']);
    expect(missingRequired(questions, { quality: 3, why: 'ok' })).toEqual([]);
  });

  it('records only answered questions, with free text trimmed', () => {
    expect(labelsToRecord(questions, { errors: [], quality: 2, why: ' curt \n' })).toEqual({
      quality: 2,
      why: 'curt',
    });
  });
});
