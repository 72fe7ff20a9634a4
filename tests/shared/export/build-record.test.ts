import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../../shared/export/build-record';
import {
  approve,
  at,
  comment,
  draft,
  edit,
  escalate,
  event,
  project,
  resolve,
  retract,
  skip,
} from './support/records';

// Ids sort in the order the letters and digits suggest: A1 < A2 < B1 < ...

describe('gold records', () => {
  it('an approval gives the draft as the accepted answer, with its labels and rating', () => {
    const record = buildRecord(
      draft(),
      [
        at(event('approve', 'A1', { labels: { tone: 'polite', quality: 4 } }), {
          guidelinesVersion: 3,
        }),
      ],
      project,
    );
    expect(record).toMatchObject({
      decision: 'approved',
      gold: true,
      original: draft().draft,
      final: draft().draft,
      labels: { quality: 4, tone: 'polite' },
      rating: 4,
      reasons: [],
      guidelinesVersion: 3,
      reviewers: [
        {
          id: 'reviewer-1',
          name: 'reviewer-1',
          decision: 'approve',
          at: '2026-12-01T09:00:00.000Z',
          activeMs: 1000,
        },
      ],
    });
    expect(record).not.toHaveProperty('metrics');
    expect(record).not.toHaveProperty('resolvedBy');
  });

  it('agreeing approvals list every reviewer, by event id, under their known names', () => {
    const record = buildRecord(
      draft(),
      [approve('B1', { reviewerId: 'bo' }), approve('A1', { reviewerId: 'ann' })],
      project,
      (id) => (id === 'ann' ? 'Ann Lee' : undefined),
    );
    expect(record.decision).toBe('approved');
    expect(record.reviewers.map((r) => [r.id, r.name])).toEqual([
      ['ann', 'Ann Lee'],
      ['bo', 'bo'],
    ]);
  });

  it('an edit gives the final text, the draft as the original, and edit metrics', () => {
    const record = buildRecord(draft('d', { draft: 'kitten' }), [edit('A1', 'sitting')], project);
    expect(record).toMatchObject({
      decision: 'edited',
      gold: true,
      original: 'kitten',
      final: 'sitting',
      metrics: { editChars: 3, editRate: 3 / 7, normEdit: 3 / 7, wordEditRate: 1, changed: true },
    });
  });

  it('an edit that changed nothing is still an edit, with zero metrics', () => {
    const record = buildRecord(draft('d', { draft: 'same' }), [edit('A1', 'same')], project);
    expect(record.decision).toBe('edited');
    expect(record.metrics).toEqual({
      editChars: 0,
      editRate: 0,
      normEdit: 0,
      wordEditRate: 0,
      changed: false,
    });
  });

  it('a Chinese edit has no word rate (the key is left out, not undefined)', () => {
    const record = buildRecord(
      draft('d', { draft: '我想喝拿铁' }),
      [edit('A1', '我想喝咖啡')],
      project,
    );
    expect(record.metrics).toEqual({
      editChars: 2,
      editRate: 2 / 5,
      normEdit: 2 / 5,
      changed: true,
    });
    expect(Object.keys(record.metrics ?? {})).not.toContain('wordEditRate');
  });

  it.each([
    ['approve', {}, 'approved', 'Click "Forgot password" on the sign-in page.'],
    ['edit', { finalText: 'Lead text' }, 'edited', 'Lead text'],
    ['reject', {}, 'rejected', 'Click "Forgot password" on the sign-in page.'],
  ] as const)(
    'a lead resolving with %s gives %s, the lead as resolvedBy',
    (verdict, extra, decision, final) => {
      const events = [
        approve('A1'),
        escalate('A2', { reviewerId: 'reviewer-2' }),
        at(resolve('B1', verdict, ['A1', 'A2'], extra), { guidelinesVersion: 5 }),
      ];
      const record = buildRecord(draft(), events, project);
      expect(record).toMatchObject({
        decision,
        gold: true,
        resolvedBy: 'lead-1',
        final,
        guidelinesVersion: 5,
        reasons: [],
      });
      expect(record.reviewers).toEqual([
        expect.objectContaining({ id: 'lead-1', decision: 'resolve' }),
      ]);
      expect(record.metrics !== undefined).toBe(verdict === 'edit');
    },
  );
});

describe('records that are not gold', () => {
  it('an escalation is flagged, with the escalation reasons (sorted, once each)', () => {
    const events = [
      event('escalate', 'A1', { reasonId: 'policy', note: '' }),
      event('escalate', 'A2', { reasonId: 'factual-error', note: '' }, { reviewerId: 'r2' }),
      event('escalate', 'A3', { reasonId: 'policy', note: '' }, { reviewerId: 'r3' }),
    ];
    const record = buildRecord(draft(), events, project);
    expect(record).toMatchObject({
      decision: 'escalated',
      gold: false,
      reasons: ['factual-error', 'policy'],
    });
    expect(record.reviewers).toHaveLength(3);
  });

  it('a dispute is flagged; each label comes from the head with the greatest event id', () => {
    const events = [
      at(event('approve', 'A1', { labels: { tone: 'curt', quality: 2 } }), {
        guidelinesVersion: 2,
      }),
      at(event('edit', 'A2', { finalText: 'Better', labels: { tone: 'polite' } }), {
        guidelinesVersion: 4,
      }),
    ];
    const record = buildRecord(draft(), events, project);
    expect(record).toMatchObject({
      decision: 'disputed',
      gold: false,
      labels: { quality: 2, tone: 'polite' },
      final: 'Better', // the most cautious head's text holds meanwhile
      guidelinesVersion: 4,
    });
  });

  it('a draft nobody decided on is pending; one only skipped is skipped', () => {
    expect(buildRecord(draft(), [], project)).toMatchObject({ decision: 'pending', gold: false });
    expect(buildRecord(draft(), [comment('A1', 'hm')], project).decision).toBe('pending');
    expect(buildRecord(draft(), [skip('A1')], project)).toMatchObject({
      decision: 'skipped',
      gold: false,
      reviewers: [],
    });
  });

  it('a retracted skip no longer makes the draft skipped', () => {
    expect(buildRecord(draft(), [skip('A1'), retract('A2', 'A1')], project).decision).toBe(
      'pending',
    );
  });
});

describe('retracted decisions', () => {
  it('never count, but stay in the events, all of them sorted by id and once each', () => {
    const approval = approve('A1');
    const events = [retract('A2', 'A1'), approval, skip('A3'), approval];
    const record = buildRecord(draft(), events, project);
    expect(record.decision).toBe('skipped');
    expect(record.events.map((e) => e.eventId)).toEqual(['A1', 'A2', 'A3']);
  });

  it('an edit over a retracted approval still counts as the edit alone', () => {
    const events = [approve('A1'), retract('A2', 'A1'), edit('A3', 'New text')];
    expect(buildRecord(draft(), events, project)).toMatchObject({
      decision: 'edited',
      final: 'New text',
    });
  });
});

describe('the record as written', () => {
  const full = () =>
    buildRecord(
      draft('d', {
        draft: 'kitten',
        messages: [{ role: 'user', content: 'hi' }],
        metadata: { spans: [{ start: 0, end: 3 }] },
      }),
      [
        approve('A1'),
        escalate('A2', { reviewerId: 'r2' }),
        at(resolve('B1', 'edit', ['A1', 'A2'], { finalText: 'sitting' }), { guidelinesVersion: 2 }),
      ],
      { ...project, rubric: project.rubric },
    );

  it('has its keys in the order of the LoupeRecord interface', () => {
    expect(Object.keys(full())).toEqual([
      'id',
      'project',
      'prompt',
      'messages',
      'context',
      'original',
      'final',
      'decision',
      'resolvedBy',
      'labels',
      'reasons',
      'reviewers',
      'model',
      'promptVersion',
      'guidelinesVersion',
      'metrics',
      'metadata',
      'events',
      'gold',
    ]);
    expect(Object.keys(full().metrics ?? {})).toEqual([
      'editChars',
      'editRate',
      'normEdit',
      'wordEditRate',
      'changed',
    ]);
    expect(Object.keys(full().reviewers[0] ?? {})).toEqual([
      'id',
      'name',
      'decision',
      'at',
      'activeMs',
    ]);
  });

  it('leaves optional keys out rather than writing undefined', () => {
    const bare = draft('d', { model: { name: 'gpt-x' } });
    delete bare.prompt;
    delete bare.promptVersion;
    const record = buildRecord(bare, [approve('A1')], { id: 'project-1', name: 'P' });
    for (const key of ['prompt', 'messages', 'resolvedBy', 'rating', 'promptVersion', 'metrics']) {
      expect(Object.keys(record)).not.toContain(key);
    }
    expect(Object.keys(record)).not.toContain('guidelinesVersion'); // events before version 2
    expect(record.model).toEqual({ name: 'gpt-x' });
    expect(Object.keys(record.model)).toEqual(['name']);
    expect(JSON.stringify(record)).not.toContain('undefined');
  });

  it('keeps the metadata byte for byte (span offsets, odd keys, numbers)', () => {
    const metadata = {
      'z-last': 1,
      spans: [{ start: 3, end: 17, label: '錯誤' }],
      big: 9007199254740991,
      small: 1e-7,
      nested: { '': null, '\u2028': 'line sep' },
    };
    const record = buildRecord(draft('d', { metadata }), [approve('A1')], project);
    expect(record.metadata).toBe(metadata);
    expect(JSON.stringify(record.metadata)).toBe(JSON.stringify(metadata));
  });

  it('takes no rating from a rubric without a rating question, or a non-number answer', () => {
    const events = [event('approve', 'A1', { labels: { quality: 'high' } })];
    expect(buildRecord(draft(), events, project)).not.toHaveProperty('rating');
    const numeric = [event('approve', 'A1', { labels: { tone: 3 } })];
    expect(buildRecord(draft(), numeric, project)).not.toHaveProperty('rating');
  });

  it('writes label keys in code-unit order whatever order the payload had', () => {
    const events = [event('approve', 'A1', { labels: { zeta: 'a', Alpha: 'b', alpha: 'c' } })];
    expect(Object.keys(buildRecord(draft(), events, project).labels)).toEqual([
      'Alpha',
      'alpha',
      'zeta',
    ]);
  });

  it('is the same whatever order the events arrive in', () => {
    const events = [
      approve('A1', { reviewerId: 'a' }),
      edit('A2', 'X', { reviewerId: 'b' }),
      resolve('B1', 'approve', ['A1', 'A2']),
      comment('B2', 'fine'),
    ];
    const expected = JSON.stringify(buildRecord(draft(), events, project));
    expect(JSON.stringify(buildRecord(draft(), [...events].reverse(), project))).toBe(expected);
  });
});
