import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoQueueSchema, rubricQuestionSchema } from '../../../shared/domain/draft-schema';
import {
  MAX_LABEL_LENGTH,
  settingsOf,
  type ProjectSettings,
} from '../../../shared/domain/project-settings';
import { checkProjectSettings, sameSettings } from '../../../shared/domain/project-settings-check';
import { guidelinesByLanguage } from '../../../shared/domain/guidelines';

const label = (en: string, zh = `${en}（中）`) => ({ en, 'zh-TW': zh });

/** Valid settings with one question of each kind and two reasons. */
function valid(): ProjectSettings {
  return {
    guidelines: '# Rules\n\nCite the source.  \n',
    escalationReasons: [
      { id: 'policy', label: label('Policy') },
      { id: 'other', label: label('Other') },
    ],
    rubric: {
      questions: [
        {
          id: 'errors',
          kind: 'multi',
          label: label('What was wrong?'),
          required: false,
          options: [
            { id: 'factual', label: label('Factual') },
            { id: 'tone', label: label('Tone') },
          ],
        },
        {
          id: 'quality',
          kind: 'rating',
          label: label('Quality'),
          required: true,
          scale: { min: 0, max: 10 },
        },
        { id: 'note', kind: 'text', label: label('Note'), required: false },
      ],
    },
  };
}

const problemsOf = (input: unknown) => {
  const checked = checkProjectSettings(input);
  return checked.ok ? [] : checked.problems;
};

describe('checkProjectSettings accepts', () => {
  it('valid settings, keeping the guidelines verbatim', () => {
    const checked = checkProjectSettings(valid());
    expect(checked).toEqual({ ok: true, settings: valid() });
  });

  it('no reasons and no questions (a new project)', () => {
    const empty = { guidelines: '', escalationReasons: [], rubric: { questions: [] } };
    expect(checkProjectSettings(empty).ok).toBe(true);
  });

  it('the demo project as bundled, and only questions the review screen can read', () => {
    const demo = demoQueueSchema.parse(
      JSON.parse(readFileSync('resources/demo-queue/demo-queue.json', 'utf8')),
    ).project;
    const settings = {
      guidelines: demo.guidelines.en,
      escalationReasons: demo.escalationReasons,
      rubric: demo.rubric,
    };
    const checked = checkProjectSettings(settings);
    expect(checked.ok).toBe(true);
    for (const question of checked.ok ? checked.settings.rubric.questions : []) {
      expect(rubricQuestionSchema.safeParse(question).success).toBe(true);
    }
  });
});

describe('checkProjectSettings refuses, naming the field and the reason', () => {
  it('a repeated question id, at the second question', () => {
    const settings = valid();
    settings.rubric.questions[2]!.id = 'errors';
    expect(problemsOf(settings)).toEqual([
      { path: ['rubric', 'questions', 2, 'id'], problem: 'duplicateId' },
    ]);
  });

  it('a repeated escalation reason id and a repeated choice id', () => {
    const settings = valid();
    settings.escalationReasons[1]!.id = 'policy';
    settings.rubric.questions[0]!.options![1]!.id = 'factual';
    expect(problemsOf(settings)).toEqual([
      { path: ['escalationReasons', 1, 'id'], problem: 'duplicateId' },
      { path: ['rubric', 'questions', 0, 'options', 1, 'id'], problem: 'duplicateId' },
    ]);
  });

  it('blank and over-long labels, counted in characters', () => {
    const settings = valid();
    settings.escalationReasons[0]!.label.en = ' \u3000 ';
    settings.rubric.questions[1]!.label['zh-TW'] = '字'.repeat(MAX_LABEL_LENGTH + 1);
    expect(problemsOf(settings)).toEqual([
      { path: ['escalationReasons', 0, 'label', 'en'], problem: 'blank' },
      { path: ['rubric', 'questions', 1, 'label', 'zh-TW'], problem: 'tooLong' },
    ]);
    settings.escalationReasons[0]!.label.en = 'Policy';
    settings.rubric.questions[1]!.label['zh-TW'] = '😀'.repeat(MAX_LABEL_LENGTH);
    expect(problemsOf(settings)).toEqual([]);
  });

  it('ids that are empty or not lower-case slugs', () => {
    const settings = valid();
    settings.escalationReasons[0]!.id = '';
    settings.escalationReasons[1]!.id = 'Other reason';
    expect(problemsOf(settings)).toEqual([
      { path: ['escalationReasons', 0, 'id'], problem: 'blank' },
      { path: ['escalationReasons', 1, 'id'], problem: 'badId' },
    ]);
  });

  it('a choice question without choices and rating scales that do not make sense', () => {
    const settings = valid();
    settings.rubric.questions[0]!.options = [];
    settings.rubric.questions[1]!.scale = { min: 5, max: 5 };
    expect(problemsOf(settings)).toEqual([
      { path: ['rubric', 'questions', 0, 'options'], problem: 'needsChoices' },
      { path: ['rubric', 'questions', 1, 'scale'], problem: 'badScale' },
    ]);
    settings.rubric.questions[0]!.options = [{ id: 'a', label: label('A') }];
    for (const scale of [
      { min: 0, max: 11 },
      { min: 1, max: Number.NaN },
      { min: 1.5, max: 5 },
    ]) {
      settings.rubric.questions[1]!.scale = scale;
      expect(problemsOf(settings)[0]).toMatchObject({ problem: 'badScale' });
    }
  });

  it('too many reasons, and guidelines that are not text', () => {
    const settings = valid();
    settings.escalationReasons = Array.from({ length: 51 }, (_, i) => ({
      id: `r${i}`,
      label: label(`Reason ${i}`),
    }));
    expect(problemsOf(settings)).toEqual([{ path: ['escalationReasons'], problem: 'tooMany' }]);
    expect(problemsOf({ ...valid(), guidelines: null })).toEqual([
      { path: ['guidelines'], problem: 'invalid' },
    ]);
  });
});

describe('settings helpers', () => {
  it('treats a project stored before the rubric existed as having none', () => {
    expect(
      settingsOf({ id: 'p', name: 'P', guidelines: 'g', guidelinesVersion: 1, createdAt: '' }),
    ).toEqual({ guidelines: 'g', escalationReasons: [], rubric: { questions: [] } });
  });

  it('compares settings whatever the key order, and sees any change', () => {
    const reordered: ProjectSettings = {
      rubric: valid().rubric,
      escalationReasons: valid().escalationReasons.map((r) => ({ label: r.label, id: r.id })),
      guidelines: valid().guidelines,
    };
    expect(sameSettings(valid(), reordered)).toBe(true);
    const spaced = guidelinesByLanguage(valid().guidelines);
    expect(
      sameSettings(valid(), { ...valid(), guidelines: { ...spaced, en: `${spaced.en} ` } }),
    ).toBe(false);
  });
});
