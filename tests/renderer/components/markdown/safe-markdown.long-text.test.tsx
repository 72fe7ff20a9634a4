import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LONG_TEXT_CHARS } from '../../../../renderer/components/markdown/long-text';
import { renderMarkdown } from './markdown-harness';

afterEach(cleanup);

// Issue 12, point 4: a 1 MB draft or a line of hundreds of thousands of characters froze the
// window: such a text is shown as plain text in parts, only the first parts in the page at once.
describe('SafeMarkdown with a long text', () => {
  const line = '**Refund** of NT$1,280 for order A-1024, back to the card. ';

  it('shows a one-line megabyte as plain text in parts, under a note that says so', () => {
    const text = line.repeat(Math.ceil(1_048_576 / line.length));
    const { root } = renderMarkdown(text);

    expect(screen.getByRole('note')).toHaveTextContent(
      /^Long text: 1,048,\d{3} characters on 1 line, shown as plain text/,
    );
    // Not parsed: the asterisks are text, no <strong> or paragraph is made.
    expect(root.querySelector('strong, p:not(.long-text-note)')).toBeNull();
    const parts = [...root.querySelectorAll<HTMLElement>('[data-part]')];
    expect(parts.length).toBeGreaterThan(200);
    const withText = parts.filter((part) => part.textContent !== '');
    expect(withText.length).toBeLessThanOrEqual(3);
    expect(withText[0]?.textContent?.startsWith('**Refund** of NT$1,280')).toBe(true);
  });

  it('marks invisible characters in a long text as it does in markdown', () => {
    const text = `NT$\u202E0821\u202C ${'x '.repeat(LONG_TEXT_CHARS)}`;
    renderMarkdown(text);

    expect(screen.getAllByRole('img', { name: /RIGHT-TO-LEFT OVERRIDE/ })).toHaveLength(1);
  });

  it('keeps a text up to the limit as markdown', () => {
    const { root } = renderMarkdown(line.repeat(10));

    expect(root.querySelector('[data-long-text]')).toBeNull();
    expect(root.querySelector('strong')).not.toBeNull();
  });
});
