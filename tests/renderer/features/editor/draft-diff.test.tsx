import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftDiff } from '../../../../renderer/features/editor/draft-diff';
import { DraftEditor } from '../../../../renderer/features/editor/draft-editor';
import { resetAppEnvironment } from '../../support/app-env';
import { renderInI18n } from '../keyboard/render-in-i18n';

const runs = (container: HTMLElement, tag: 'ins' | 'del') =>
  [...container.querySelectorAll(tag)].map((element) => element.textContent);

beforeEach(async () => {
  await resetAppEnvironment();
});
afterEach(cleanup);

describe('DraftDiff', () => {
  it('shows a replaced number as one deletion and one insertion', async () => {
    const { container } = renderInI18n(
      <DraftDiff original="Price: 100 dollars" edited="Price: 120 dollars" />,
    );

    // The diff is computed off the UI thread; until it arrives the panel says so and is busy.
    expect(screen.getByText('Comparing with the original…')).toBeInTheDocument();
    expect(screen.getByRole('region')).toHaveAttribute('aria-busy', 'true');
    await screen.findByText('Characters changed: 1');
    expect(screen.getByRole('region')).toHaveAttribute('aria-busy', 'false');
    expect(runs(container, 'del')).toEqual(['100']);
    expect(runs(container, 'ins')).toEqual(['120']);
    expect(screen.getByText('Characters changed: 1')).toBeInTheDocument();
  });

  it('marks Chinese changes per character (zh-TW)', async () => {
    const { container } = renderInI18n(
      <DraftDiff original="今天天氣很好" edited="明天天氣很好啊" />,
      'zh-TW',
    );

    await screen.findByText('已變更字元：2');
    expect(runs(container, 'del')).toEqual(['今']);
    expect(runs(container, 'ins')).toEqual(['明', '啊']);
    expect(screen.getByRole('region', { name: '變更' })).toBeInTheDocument();
    expect(screen.getByText('已變更字元：2')).toBeInTheDocument();
  });

  it('says when there is nothing to show', () => {
    renderInI18n(<DraftDiff original="Same" edited="Same" />);

    expect(screen.getByText('No changes yet.')).toBeInTheDocument();
  });

  it('follows the editor as the reviewer types', async () => {
    const { container } = renderInI18n(
      <DraftEditor
        projectId="p"
        draftId="d"
        original="我們明天見"
        onSave={vi.fn()}
        onCancel={vi.fn()}
      />,
    );
    const box = await screen.findByRole('textbox');

    fireEvent.input(box, { target: { value: '我們後天見' } });

    await waitFor(() => expect(runs(container, 'ins')).toEqual(['後']));
    expect(runs(container, 'del')).toEqual(['明']);
  });
});
