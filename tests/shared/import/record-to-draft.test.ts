import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH } from '../../../shared/domain/draft-schema';
import { createDuplicateIdCheck, recordToDraft, suggestMapping } from '../../../shared/import';

const NOW = '2026-11-28T12:00:00.000Z';

describe('an imported record becomes a draft', () => {
  it('maps fields, wraps context text, and keeps the rest as metadata', () => {
    const record = {
      id: 42,
      question: '退款多久？',
      response: '  **五個工作天**內退回。\n',
      context: ['政策：五個工作天', { title: 'Ticket', text: '客戶問退款', kind: 'ticket' }],
      llm: 'gpt-x',
      ticketId: 'T-9',
      metadata: { span: [2, 9] },
    };
    const outcome = recordToDraft(record, 3, suggestMapping(Object.keys(record)), NOW);
    expect(outcome.ok).toBe(true);
    expect(outcome.ok && outcome.draft).toEqual({
      id: '42',
      prompt: '退款多久？',
      // Verbatim: leading spaces, markdown and the trailing newline all stay.
      draft: '  **五個工作天**內退回。\n',
      context: [
        { kind: 'document', title: '', text: '政策：五個工作天' },
        { kind: 'ticket', title: 'Ticket', text: '客戶問退款' },
      ],
      model: { name: 'gpt-x' },
      metadata: { span: [2, 9], ticketId: 'T-9' },
      priority: 0,
      createdAt: NOW,
    });
  });

  it('reports a missing draft with the row and the file field', () => {
    const outcome = recordToDraft({ output: '' }, 7, { draft: 'output' }, NOW);
    expect(outcome).toEqual({
      ok: false,
      problems: [{ row: 7, field: 'output', reason: 'missing draft' }],
    });
    expect(recordToDraft({ output: null }, 8, { draft: 'output' }, NOW)).toMatchObject({
      ok: false,
      problems: [{ row: 8, field: 'output', reason: 'missing draft' }],
    });
  });

  it('reports a value too long under the name the file uses', () => {
    const outcome = recordToDraft(
      { answer: 'x'.repeat(MAX_TEXT_LENGTH + 1) },
      2,
      { draft: 'answer' },
      NOW,
    );
    expect(outcome).toEqual({
      ok: false,
      problems: [{ row: 2, field: 'answer', reason: 'value too long' }],
    });
  });

  it('reports wrong shapes and bad dates, one problem per field', () => {
    const outcome = recordToDraft(
      { output: 'ok', priority: 'high', when: 'yesterday' },
      5,
      { draft: 'output', priority: 'priority', createdAt: 'when' },
      NOW,
    );
    expect(outcome).toMatchObject({
      ok: false,
      problems: [{ row: 5, field: 'priority', reason: 'priority must be a whole number' }],
    });
    const badDate = recordToDraft(
      { output: 'ok', when: 'yesterday' },
      6,
      {
        draft: 'output',
        createdAt: 'when',
      },
      NOW,
    );
    expect(badDate).toEqual({
      ok: false,
      problems: [
        { row: 6, field: 'when', reason: 'not a date and time (ISO 8601 with a time zone)' },
      ],
    });
  });

  it('gives rows without an id a stable id from their content', () => {
    const first = recordToDraft(
      { output: 'same', input: 'q' },
      1,
      suggestMapping(['output', 'input']),
      NOW,
    );
    const again = recordToDraft(
      { output: 'same', input: 'q' },
      9,
      suggestMapping(['output', 'input']),
      NOW,
    );
    const other = recordToDraft(
      { output: 'same', input: 'r' },
      2,
      suggestMapping(['output', 'input']),
      NOW,
    );
    const id = (outcome: ReturnType<typeof recordToDraft>) =>
      outcome.ok ? outcome.draft.id : null;
    expect(id(first)).toMatch(/^row-[0-9a-z]{14}$/);
    expect(id(again)).toBe(id(first));
    expect(id(other)).not.toBe(id(first));
  });

  it('keeps formula cells, zero-width and right-to-left characters as plain text', () => {
    const text = '=HYPERLINK("http://evil.example","click") \u200b\u202eabc';
    const outcome = recordToDraft({ output: text }, 1, { draft: 'output' }, NOW);
    expect(outcome.ok && outcome.draft.draft).toBe(text);
  });
});

describe('duplicate ids in one file', () => {
  it('flags every repeat with the row that had the id first', () => {
    const check = createDuplicateIdCheck();
    expect(check('a', 2)).toBeNull();
    expect(check('b', 3)).toBeNull();
    expect(check('a', 4)).toEqual({
      row: 4,
      field: 'id',
      reason: 'duplicate id in the file (first on row 2)',
    });
    expect(check('a', 9)?.reason).toBe('duplicate id in the file (first on row 2)');
  });
});

describe('problems name the file’s own field', () => {
  it('an empty id is "empty value" on the file’s id column', () => {
    const outcome = recordToDraft({ ID: '', answer: 'x' }, 7, { id: 'ID', draft: 'answer' }, NOW);
    expect(outcome).toEqual({
      ok: false,
      problems: [{ row: 7, field: 'ID', reason: 'empty value' }],
    });
  });

  it('a priority of 1.5 says it must be a whole number, like the text "1.5"', () => {
    const mapping = { draft: 'answer', priority: 'p' };
    for (const p of [1.5, '1.5']) {
      const outcome = recordToDraft({ answer: 'x', p }, 2, mapping, NOW);
      expect(outcome).toEqual({
        ok: false,
        problems: [{ row: 2, field: 'p', reason: 'priority must be a whole number' }],
      });
    }
  });

  it('a repeated id is reported on the column the mapping reads it from', () => {
    const check = createDuplicateIdCheck('ID');
    check('a', 1);
    expect(check('a', 2)?.field).toBe('ID');
  });
});
