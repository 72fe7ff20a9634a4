/**
 * The review screen highlights the search the reviewer came from (issue 12, point 12). jsdom has
 * no CSS Custom Highlight API, so a stand-in registry records what the screen registers.
 */
import { act, cleanup, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SEARCH_HIGHLIGHT } from '../../../../renderer/features/review/search-highlight';
import { useQueueStore } from '../../../../renderer/stores/queue/queue-store';
import { currentDraft, renderReview } from './review-harness';

class FakeHighlight {
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

const registry = new Map<string, FakeHighlight>();
const highlighted = () => registry.get(SEARCH_HIGHLIGHT)?.ranges.map((range) => range.toString());

beforeEach(() => {
  registry.clear();
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: registry });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the search highlight in the review screen', () => {
  it('highlights the queue search in the draft, in whatever case it was typed', async () => {
    await renderReview();
    const word = currentDraft()!.draft.match(/[A-Za-z]{5,}/)![0];
    await act(() => useQueueStore.getState().setSearch(word.toUpperCase()));
    await waitFor(() => expect(highlighted()?.length).toBeGreaterThan(0));
    for (const text of highlighted()!) {
      expect(text.toLowerCase()).toBe(word.toLowerCase());
    }
    await act(() => useQueueStore.getState().setSearch(''));
    expect(registry.has(SEARCH_HIGHLIGHT)).toBe(false);
  });

  it('highlights Traditional text found by a Simplified search, and amounts by their digits', async () => {
    // demo-004 says "…有經過簡訊驗證碼確認，因此本期帳單為 NT$699 + NT$350 = NT$1,049。", and
    // its context says each once more: one highlight in the draft, one in the source pane.
    await renderReview({ language: 'zh-TW', draftId: 'demo-004' });
    await act(() => useQueueStore.getState().setSearch('简讯验证码'));
    await waitFor(() => expect(highlighted()).toEqual(['簡訊驗證碼', '簡訊驗證碼']));
    await act(() => useQueueStore.getState().setSearch('1049'));
    await waitFor(() => expect(highlighted()).toEqual(['1,049', '1,049']));
  });
});
