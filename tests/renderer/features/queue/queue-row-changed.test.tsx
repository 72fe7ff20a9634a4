/** The queue row's "changed" mark: the draft's source changed after it was reviewed. */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { QueueEntryRow } from '../../../../renderer/db/rows';
import { QueueRow } from '../../../../renderer/features/queue/queue-row';
import { renderInI18n } from '../keyboard/render-in-i18n';

afterEach(cleanup);

const entry: QueueEntryRow = {
  projectId: 'p1',
  draftId: 'd-1',
  rank: 0,
  priority: 0,
  createdAt: '2026-11-01T00:00:00.000Z',
  arrival: 0,
  status: 'approved',
  model: 'm 1',
  preview: 'Refund approved.',
};
const NOW = Date.parse('2026-12-01T00:00:00.000Z');

describe('the changed mark', () => {
  it('shows, with its meaning, when the source changed after review', () => {
    renderInI18n(
      <QueueRow
        entry={{ ...entry, changedSinceReview: { at: NOW.toString() } }}
        language="en"
        now={NOW}
      />,
    );
    const mark = screen.getByText('changed');
    expect(mark).toHaveAttribute(
      'title',
      'The source of this draft changed after it was reviewed.',
    );
  });

  it('is worded in Traditional Chinese', () => {
    renderInI18n(
      <QueueRow
        entry={{ ...entry, changedSinceReview: { at: '2026-11-30T00:00:00.000Z' } }}
        language="zh-TW"
        now={NOW}
      />,
      'zh-TW',
    );
    expect(screen.getByText('已變更')).toBeVisible();
  });

  it('is absent otherwise', () => {
    renderInI18n(<QueueRow entry={entry} language="en" now={NOW} />);
    expect(screen.queryByText('changed')).toBeNull();
  });
});

describe('the preview', () => {
  it('draws a right-to-left override as an inert, named marker: the amount reads as stored', () => {
    renderInI18n(
      <QueueRow
        entry={{ ...entry, preview: 'Refund NT$\u202E0821 today' }}
        language="en"
        now={NOW}
      />,
    );
    const preview = document.querySelector('.queue-row-text');
    expect(preview?.textContent).not.toContain('\u202E');
    expect(preview?.textContent).toBe('Refund NT$RLO0821 today');
    expect(screen.getByRole('img', { name: /RIGHT-TO-LEFT OVERRIDE/ })).toHaveAttribute(
      'title',
      'U+202E RIGHT-TO-LEFT OVERRIDE',
    );
  });
});
