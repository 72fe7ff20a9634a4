import { describe, expect, it } from 'vitest';
import {
  modelLabel,
  PREVIEW_LENGTH,
  previewText,
  toQueueEntry,
} from '../../../renderer/db/queue-entry';
import type { DraftRow } from '../../../renderer/db/rows';

function draft(overrides: Partial<DraftRow> = {}): DraftRow {
  return {
    projectId: 'p1',
    id: 'd-1',
    context: [{ kind: 'ticket', title: '客訴', text: '很長的上下文' }],
    draft: '# Refund policy\nYou can return items within 7 days.',
    model: { name: 'gpt-4.1', version: '2025-04-14' },
    promptVersion: 'support-v1',
    metadata: {},
    priority: 3,
    createdAt: '2026-11-20T10:00:00Z',
    status: 'escalated',
    ...overrides,
  };
}

describe('toQueueEntry', () => {
  it('keeps what the queue row shows, ranked by minus the priority', () => {
    expect(toQueueEntry(draft())).toEqual({
      projectId: 'p1',
      draftId: 'd-1',
      rank: -3,
      priority: 3,
      createdAt: '2026-11-20T10:00:00Z',
      arrival: 0,
      status: 'escalated',
      model: 'gpt-4.1 2025-04-14',
      promptVersion: 'support-v1',
      preview: '# Refund policy You can return items within 7 days.',
    });
    expect(toQueueEntry(draft({ priority: -2 })).rank).toBe(2);
  });

  it('labels a model without a version by its name alone', () => {
    expect(modelLabel({ name: 'claude-sonnet' })).toBe('claude-sonnet');
    expect(modelLabel({ name: 'claude-sonnet', version: '4.5' })).toBe('claude-sonnet 4.5');
    expect(toQueueEntry(draft({ model: { name: 'local' } })).model).toBe('local');
  });

  it('has no promptVersion key when the draft has none', () => {
    const withoutPrompt = draft();
    delete withoutPrompt.promptVersion;
    const entry = toQueueEntry(withoutPrompt);
    expect('promptVersion' in entry).toBe(false);
  });

  it('previews the text as written, line breaks folded, cut to PREVIEW_LENGTH code points', () => {
    expect(toQueueEntry(draft({ draft: '\n\n> - **您好**，<b>不是 HTML</b>\nmore' })).preview).toBe(
      '> - **您好**，<b>不是 HTML</b> more',
    );
    // Astral characters (emoji, rare CJK) count as one each and are never split in half.
    const long = '𠀋'.repeat(PREVIEW_LENGTH + 40);
    const preview = toQueueEntry(draft({ draft: long })).preview;
    expect(Array.from(preview)).toHaveLength(PREVIEW_LENGTH);
    expect(preview).toBe('𠀋'.repeat(PREVIEW_LENGTH));
    expect(toQueueEntry(draft({ draft: '' })).preview).toBe('');
  });
});

describe('previewText', () => {
  it('shows enough to tell drafts apart: the greeting and what follows it', () => {
    expect(previewText('Dear Mr Okafor,\n\nYour refund of NT$1,280 was sent.')).toBe(
      'Dear Mr Okafor, Your refund of NT$1,280 was sent.',
    );
    expect(previewText('您好，\r\n\r\n退款已經處理。')).toBe('您好， 退款已經處理。');
  });

  it('keeps the characters markdown would read as emphasis or escapes (issue 12)', () => {
    expect(previewText('Set `window.__x` to 1 \\ 2 * 3 ~ 4')).toBe(
      'Set `window.__x` to 1 \\ 2 * 3 ~ 4',
    );
  });

  it('skips leading blank lines of any length and looks only at the head of a huge draft', () => {
    const far = `${'\n'.repeat(10 * PREVIEW_LENGTH)}far away\n${'x'.repeat(1_000_000)}`;
    expect(previewText(far)).toBe(`far away ${'x'.repeat(PREVIEW_LENGTH - 9)}`);
    const oneLine = 'y'.repeat(1_000_000);
    expect(previewText(oneLine)).toBe('y'.repeat(PREVIEW_LENGTH));
    expect(previewText(' \n\t ')).toBe('');
  });
});
