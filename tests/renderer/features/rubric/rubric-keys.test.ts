import { describe, expect, it } from 'vitest';
import {
  answerForDigit,
  digitTarget,
  ratingChoices,
} from '../../../../renderer/features/rubric/rubric-keys';
import type { RubricQuestion } from '../../../../shared/domain/draft-schema';

const label = (en: string) => ({ en, 'zh-TW': en });
const options = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: `o${i + 1}`, label: label(`Option ${i + 1}`) }));
const rating = (id: string, required: boolean, min = 1, max = 5): RubricQuestion => ({
  id,
  kind: 'rating',
  label: label(id),
  required,
  scale: { min, max },
});
const choice = (id: string, kind: 'single' | 'multi', count: number): RubricQuestion => ({
  id,
  kind,
  label: label(id),
  required: false,
  options: options(count),
});
const note: RubricQuestion = { id: 'note', kind: 'text', label: label('Note'), required: true };

const digits = (question: RubricQuestion) => ratingChoices(question).map((c) => c.digit);

describe('rubric digit keys', () => {
  it('uses the value on a 0–9 scale, the position on a short other scale', () => {
    expect(digits(rating('q', true, 1, 5))).toEqual(['1', '2', '3', '4', '5']);
    expect(digits(rating('q', true, 0, 3))).toEqual(['0', '1', '2', '3']);
    expect(digits(rating('q', true, -2, 2))).toEqual(['1', '2', '3', '4', '5']);
    expect(digits(rating('q', true, 1, 10))).toEqual([
      ...['1', '2', '3', '4', '5', '6', '7', '8', '9'],
      undefined,
    ]);
  });

  it('answers the first open required rating, else the first rating', () => {
    const questions = [choice('errors', 'multi', 6), rating('a', false), rating('b', true), note];
    expect(digitTarget(questions, {})?.id).toBe('b');
    expect(digitTarget(questions, { b: 3 })?.id).toBe('a');
  });

  it('answers the focused question when it has digit keys', () => {
    const questions = [choice('errors', 'multi', 6), rating('quality', true), note];
    expect(digitTarget(questions, {}, 'errors')?.id).toBe('errors');
    expect(digitTarget(questions, {}, 'note')?.id).toBe('quality');
    expect(digitTarget([choice('big', 'single', 12), rating('q', true)], {}, 'big')?.id).toBe('q');
  });

  it('answers a lone small choice question when there is no rating', () => {
    expect(digitTarget([choice('verdict', 'single', 3), note], {})?.id).toBe('verdict');
    expect(digitTarget([choice('verdict', 'single', 10), note], {})).toBeUndefined();
    expect(digitTarget([choice('a', 'single', 3), choice('b', 'single', 3)], {})).toBeUndefined();
    expect(digitTarget([note], {})).toBeUndefined();
  });

  it('picks a rating or an option, toggles a multiple choice option, ignores other digits', () => {
    expect(answerForDigit(rating('q', true), undefined, '4')?.value).toBe(4);
    expect(answerForDigit(rating('q', true), undefined, '7')).toBeNull();
    expect(answerForDigit(rating('q', true, -2, 2), undefined, '1')?.value).toBe(-2);
    expect(answerForDigit(choice('v', 'single', 3), 'o1', '2')?.value).toBe('o2');
    const multi = choice('errors', 'multi', 6);
    expect(answerForDigit(multi, undefined, '3')?.value).toEqual(['o3']);
    expect(answerForDigit(multi, ['o3'], '1')?.value).toEqual(['o3', 'o1']);
    expect(answerForDigit(multi, ['o3'], '3')?.value).toBeUndefined();
  });
});
