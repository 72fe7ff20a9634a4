/**
 * The grounding hints of a long draft are found aside, not inside the task that shows the draft
 * (issue 12, point 4): on 20,000 characters the engine took 60–170 ms, the most of the task that
 * opened a 1 MB draft. A demo-sized draft still has its hints on the spot; a long one gets a
 * placeholder, the panel says the hints are being looked for, and they then appear.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../../../../shared/domain/draft';
import { createI18n } from '../../../../renderer/i18n/create-i18n';
import { GroundingPanel } from '../../../../renderer/features/review/grounding-panel';
import {
  GROUNDING_ON_THE_SPOT_CHARS,
  groundingFor,
  groundingPending,
} from '../../../../renderer/features/review/grounding-sources';
import * as grounding from '../../../../shared/grounding';

vi.mock('../../../../shared/grounding', async (importOriginal) => {
  const actual = await importOriginal<typeof grounding>();
  return { ...actual, findGroundingHints: vi.fn(actual.findGroundingHints) };
});

const SENTENCE = 'The refund of NT$1,280 for order A-1024 goes back to the card on March 3. ';
const SOURCE = 'Where is the refund of NT$1,280 for order A-1024?';

function draftOf(text: string): Draft {
  return {
    id: `d-${text.length}`,
    projectId: 'p',
    context: [{ kind: 'ticket', title: 'Ticket', text: SOURCE }],
    draft: text,
    model: { name: 'bot' },
    metadata: {},
    priority: 0,
    createdAt: '2026-01-01T00:00:00.000Z',
    status: 'pending',
  } as Draft;
}

afterEach(() => {
  cleanup();
  vi.mocked(grounding.findGroundingHints).mockClear();
});

describe('grounding hints of a long draft', () => {
  it('are found on the spot for a short draft', () => {
    const result = groundingFor(draftOf(SENTENCE));
    expect(grounding.findGroundingHints).toHaveBeenCalledTimes(1);
    expect(groundingPending(result)).toBe(false);
    expect(result.links.length).toBeGreaterThan(0);
  });

  it('are not looked for within the call that shows a long draft, and arrive after', async () => {
    const text = SENTENCE.repeat(Math.ceil((GROUNDING_ON_THE_SPOT_CHARS * 3) / SENTENCE.length));
    const draft = draftOf(text);
    const result = groundingFor(draft);
    expect(grounding.findGroundingHints).not.toHaveBeenCalled();
    expect(groundingPending(result)).toBe(true);
    await vi.waitFor(() => expect(groundingPending(result)).toBe(false));
    // Asking again (back to the draft) gives the hints themselves, found once.
    expect(groundingFor(draft).links.length).toBeGreaterThan(0);
    expect(grounding.findGroundingHints).toHaveBeenCalledTimes(1);
  });

  it('show as being looked for in the panel, then as hints', async () => {
    const text = SENTENCE.repeat(Math.ceil((GROUNDING_ON_THE_SPOT_CHARS * 2) / SENTENCE.length));
    const result = groundingFor(draftOf(text));
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <GroundingPanel
          draft={text}
          result={result}
          sourceName={() => 'Ticket'}
          onShowMatch={() => undefined}
          onEndPreview={() => undefined}
        />
      </I18nextProvider>,
    );
    const panel = screen.getByRole('region', { name: 'Grounding' });
    expect(within(panel).getByRole('status')).toHaveTextContent(/Looking for the draft/);
    expect(within(panel).queryByRole('list')).toBeNull();
    const found = await within(panel).findByRole('list', { name: 'Found in source' });
    expect(found).toHaveTextContent('A-1024');
    expect(within(panel).queryByRole('status')).toBeNull();
  });
});
