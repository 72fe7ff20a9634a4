import { describe, expect, it } from 'vitest';
import type { RecordProject } from '../../../shared/export/build-record';
import { labelColumnsOf } from '../../../shared/export/label-columns';

const question = (id: string, kind: 'single' | 'rating') =>
  kind === 'rating'
    ? { id, kind, label: { en: id }, required: false, scale: { min: 1, max: 5 } }
    : { id, kind, label: { en: id }, required: false, options: [{ id: 'x', label: { en: 'x' } }] };

const project = (id: string, name: string, questions: ReturnType<typeof question>[]) =>
  ({ id, name, rubric: { questions } }) as RecordProject;

describe('labelColumnsOf', () => {
  it('orders projects by id in code units, whatever their names or the order they come in', () => {
    const a = project('a-support', 'Zhōngwén 支援', [question('tone', 'single')]);
    const b = project('b-sales', 'Älter', [
      question('quality', 'rating'),
      question('tone', 'single'),
    ]);
    const expected = [
      { id: 'tone', kind: 'single' },
      { id: 'quality', kind: 'rating' },
    ];
    expect(labelColumnsOf([a, b])).toEqual(expected);
    expect(labelColumnsOf([b, a])).toEqual(expected);
  });

  it('writes a question whose kind differs between projects as text (no kind)', () => {
    const a = project('a', 'A', [question('score', 'rating')]);
    const b = project('b', 'B', [question('score', 'single')]);
    expect(labelColumnsOf([a, b])).toEqual([{ id: 'score' }]);
  });
});
