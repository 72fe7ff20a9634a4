import { cleanup, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import answerKey from '../../../../resources/demo-queue/answer-key.json';
import { resetAppEnvironment } from '../../support/app-env';
import { renderReview } from './review-harness';

const numberFault = answerKey.faults.find((f) => f.draftId === 'demo-003')!;

beforeEach(async () => {
  await resetAppEnvironment();
});

afterEach(() => {
  cleanup();
});

describe('grounding hints on the review screen', { timeout: 20_000 }, () => {
  it('flags the wrong date of demo-003 as not found in source', async () => {
    const { screen } = await renderReview({ draftId: numberFault.draftId });
    const panel = screen.getByRole('region', { name: 'Grounding' });
    const unsupported = within(panel).getByRole('list', { name: 'Not found in source' });
    expect(unsupported).toHaveTextContent(numberFault.draftQuote);
    const marked = [...panel.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marked.join(' ')).toContain(numberFault.draftQuote);
  });

  it('quotes the sentence as the draft wrote it, not a markdown-stripped guess', async () => {
    const { screen } = await renderReview({ draftId: numberFault.draftId });
    const panel = screen.getByRole('region', { name: 'Grounding' });
    const unsupported = within(panel).getByRole('list', { name: 'Not found in source' });
    // demo-003 writes "- **Date:** November 10": stripping markers also ate `__` and `*` that
    // were part of the text (issue 12), so the quote keeps every character.
    expect(unsupported).toHaveTextContent('**Date:** November 10');
  });

  it("names the kinds of context in the reviewer's language", async () => {
    const { container } = await renderReview({ draftId: numberFault.draftId, language: 'zh-TW' });
    const kinds = [...container.querySelectorAll('.source-kind')].map((k) => k.textContent);
    expect(kinds).toEqual(['客服單', '紀錄']);
  });

  it('marks the exact matched text in the source when a link is activated', async () => {
    const { screen, user, container } = await renderReview({ draftId: numberFault.draftId });
    const link = screen.getByRole('button', { name: /14C/ });
    await user.click(link);
    const marked = container.querySelector('.source-marked');
    expect(marked).not.toBeNull();
    expect(marked!.querySelector('mark')).toHaveTextContent(/^14C$/);
    expect(marked).toHaveTextContent('Booking 8QZJTD');
  });
});
