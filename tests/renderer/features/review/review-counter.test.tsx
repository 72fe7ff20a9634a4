/** The review counter groups its numbers for the reader's language (issue 12): 3 / 10,786. */
import { act, cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useQueueStore } from '../../../../renderer/stores/queue/queue-store';
import { renderReview } from './review-harness';

afterEach(cleanup);

describe('the review counter', () => {
  it.each(['en', 'zh-TW'] as const)('groups thousands in %s', async (language) => {
    const { container } = await renderReview({ language });
    const ids = Array.from({ length: 10_786 }, (_, index) => `d-${index}`);
    act(() => useQueueStore.getState().setTrail([...ids.slice(0, 2), currentId(), ...ids]));
    expect(container.querySelector('.review-position')).toHaveTextContent('3 / 10,789');
  });
});

function currentId(): string {
  const entries = useQueueStore.getState().entries;
  const id = document.querySelector('.review-draft-id')?.textContent?.match(/demo-\d+/)?.[0];
  return id ?? entries[0]?.draftId ?? '';
}
