/**
 * Issue 12, point 6: span annotations imported with a draft are drawn in it, each marked and
 * labelled, with a legend, switchable with the formatted draft; spans in the metadata that do not
 * fit the text are not drawn. Before, they showed only as a raw JSON blob among the metadata.
 */
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SPANS_KEY } from '../../../../shared/import/span-annotations';
import type { DraftRow } from '../../../../renderer/db/rows';
import { DraftPane } from '../../../../renderer/features/review/draft-pane';
import { SourcePanel } from '../../../../renderer/features/review/source-panel';
import { useReviewStore } from '../../../../renderer/stores/review/review-store';
import { renderInI18n } from '../keyboard/render-in-i18n';

const TEXT = 'Dear **Ms. Lin**, your refund of NT$1,280 reaches 台北 in five days.';

function showDraft(metadata: Record<string, unknown>) {
  const draft = { id: 'd1', projectId: 'p1', draft: TEXT, metadata } as unknown as DraftRow;
  useReviewStore.setState({ current: { draft, state: undefined } });
}

const pane = () => (
  <DraftPane
    projectId="p1"
    draftId="d1"
    draft={TEXT}
    editFrom={TEXT}
    editing={false}
    onSaveEdit={() => undefined}
    onCancelEdit={() => undefined}
  />
);

afterEach(() => {
  cleanup();
  useReviewStore.setState({ current: null });
});

describe('a draft with span annotations', () => {
  const spans = [
    { start: 7, end: 14, label: 'PERSON' },
    { start: 33, end: 41, label: 'AMOUNT' },
    { start: 50, end: 52, label: 'PLACE' },
    // Does not fit this text: not drawn.
    { start: 60, end: 900, label: 'BROKEN' },
  ];

  it('marks each span with its label, lists the labels, and switches to the formatted draft', async () => {
    showDraft({ source: 'bench', [SPANS_KEY]: spans });
    const { user } = renderInI18n(pane());
    const region = screen.getByRole('region', { name: 'The draft with its spans' });
    const marks = Array.from(region.querySelectorAll('mark'), (mark) => mark.textContent);
    expect(marks).toEqual(['Ms. Lin', 'NT$1,280', '台北']);
    expect(region).toHaveTextContent('Ms. LinPERSON**, your refund of NT$1,280AMOUNT');
    const legend = screen.getByRole('list', { name: 'Span labels' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['PERSON', 'AMOUNT', 'PLACE']);
    expect(screen.queryByText('BROKEN')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Show formatted text' }));
    expect(screen.queryByRole('region', { name: 'The draft with its spans' })).toBeNull();
    expect(screen.getByText('Ms. Lin').tagName).toBe('STRONG');
    await user.click(screen.getByRole('button', { name: 'Show the spans (3)' }));
    expect(screen.getByRole('region', { name: 'The draft with its spans' })).toBeInTheDocument();
  });

  it('speaks Traditional Chinese', () => {
    showDraft({ [SPANS_KEY]: spans });
    renderInI18n(pane(), 'zh-TW');
    expect(screen.getByRole('region', { name: '草稿與其片段標註' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '顯示格式化文字' })).toBeInTheDocument();
  });

  it('shows the formatted draft alone when no span fits', () => {
    showDraft({ [SPANS_KEY]: [{ start: 60, end: 900, label: 'BROKEN' }] });
    renderInI18n(pane());
    expect(screen.queryByRole('region', { name: 'The draft with its spans' })).toBeNull();
    expect(screen.queryByRole('button', { name: /spans|formatted/ })).toBeNull();
    expect(screen.getByText('Ms. Lin').tagName).toBe('STRONG');
  });
});

describe('the source pane of a draft with spans', () => {
  it('lists the other metadata but not the span list, which the draft draws', () => {
    const draft = {
      id: 'd1',
      projectId: 'p1',
      draft: TEXT,
      prompt: 'Where is my refund?',
      context: [],
      metadata: { [SPANS_KEY]: [{ start: 7, end: 14, label: 'PERSON' }], ticket: 'T-1280' },
    } as unknown as DraftRow;
    renderInI18n(<SourcePanel draft={draft} activeMatch={null} />);
    const list = screen.getByText('T-1280').closest('dl');
    expect(list).not.toBeNull();
    expect(within(list as HTMLElement).queryByText(SPANS_KEY)).toBeNull();
    expect(document.body.textContent).not.toContain('"PERSON"');
  });
});
