/**
 * VisibleText: the plain-text views of untrusted text (the source pane's marked match, grounding
 * hints, the queue preview) mark invisible characters as SafeMarkdown does (issue 12, point 3).
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { VisibleText } from '../../../../renderer/components/markdown/visible-text';
import { GroundingPanel } from '../../../../renderer/features/review/grounding-panel';
import { SourceText } from '../../../../renderer/features/review/source-text';
import { renderInI18n } from './markdown-harness';

afterEach(cleanup);

const INVISIBLE = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;

describe('VisibleText', () => {
  it('draws each invisible character as a named marker and isolates the text around it', () => {
    const { container } = renderInI18n(<VisibleText text={'NT$\u202E0821\u202C ok'} />);

    expect(container.innerHTML).not.toMatch(INVISIBLE);
    expect(container.textContent).toBe('NT$RLO0821PDF ok');
    expect(
      screen.getByRole('img', { name: 'hidden character: U+202E RIGHT-TO-LEFT OVERRIDE' }),
    ).toHaveAttribute('title', 'U+202E RIGHT-TO-LEFT OVERRIDE');
    expect([...container.querySelectorAll('.invisible-run')].map((r) => r.textContent)).toEqual([
      'NT$',
      '0821',
      ' ok',
    ]);
  });

  it('labels the marker in Traditional Chinese', () => {
    renderInI18n(<VisibleText text={'帳\u200B號'} />, 'zh-TW');

    expect(
      screen.getByRole('img', { name: '隱藏字元：U+200B ZERO WIDTH SPACE' }),
    ).toHaveTextContent('ZWSP');
  });

  it('renders plain text as a bare text node', () => {
    const { container } = renderInI18n(<VisibleText text="NT$1,280 一千兩百八十元" />);

    expect(container.innerHTML).toBe('NT$1,280 一千兩百八十元');
  });
});

describe('SourceText plain view', () => {
  const text = 'Refund NT$\u202E0821 to acc\u200Bount 8QZJTD.';

  it('marks invisible characters before, inside and after the marked match', () => {
    const start = text.indexOf('NT$');
    const end = text.indexOf(' to');
    const { container } = renderInI18n(
      <SourceText text={text} match={{ sourceId: 's1', start, end, preview: true }} />,
    );
    const plain = container.querySelector('.source-plain')!;

    expect(plain.innerHTML).not.toMatch(INVISIBLE);
    expect(plain.querySelector('mark')).toHaveTextContent('NT$RLO0821');
    expect(plain.querySelector('mark .invisible-char')).toHaveAttribute(
      'title',
      'U+202E RIGHT-TO-LEFT OVERRIDE',
    );
    expect(plain.textContent).toBe('Refund NT$RLO0821 to accZWSPount 8QZJTD.');
  });

  it('marks them in the markdown view too, and leaves the text it was given as it was', () => {
    const given = `${text}`;
    const { container } = renderInI18n(<SourceText text={given} match={undefined} />);

    expect(container.innerHTML).not.toMatch(INVISIBLE);
    expect(container.querySelectorAll('.invisible-char')).toHaveLength(2);
    expect(given).toBe(text);
  });
});

describe('GroundingPanel quotes', () => {
  it('marks invisible characters in the quoted sentence, its values and its links', () => {
    const draft = 'Refund NT$\u202E0821 today. Booking 8QZ\u200BJTD is confirmed.';
    const amount = { start: draft.indexOf('NT$'), end: draft.indexOf(' today') };
    const booking = { start: draft.indexOf('8QZ'), end: draft.indexOf(' is') };
    const { container } = renderInI18n(
      <GroundingPanel
        draft={draft}
        result={{
          unsupportedSentences: [
            {
              start: 0,
              end: draft.indexOf(' Booking'),
              reasons: [{ kind: 'number', text: draft.slice(amount.start, amount.end), ...amount }],
            },
          ],
          links: [
            {
              draftStart: booking.start,
              draftEnd: booking.end,
              kind: 'name',
              matches: [{ sourceId: 's1', start: 0, end: 7 }],
            },
          ],
        }}
        sourceName={() => 'Ticket'}
        onShowMatch={() => undefined}
        onEndPreview={() => undefined}
      />,
    );

    expect(container.innerHTML).not.toMatch(INVISIBLE);
    expect(container.querySelector('.grounding-sentence mark')).toHaveTextContent('NT$RLO0821');
    expect(container.querySelector('.grounding-value .invisible-char')).toHaveTextContent('RLO');
    expect(container.querySelector('.grounding-text')).toHaveTextContent('8QZZWSPJTD');
  });
});

describe('GroundingPanel quotes the draft as written (issue 12)', () => {
  it('keeps _ * \\ ~ and backticks: window.__x stays window.__x', () => {
    const draft = 'Set `window.__x` to **2** ~ 3 \\ 4 before 10 May.';
    const start = draft.indexOf('10 May');
    const { container } = renderInI18n(
      <GroundingPanel
        draft={draft}
        result={{
          unsupportedSentences: [
            {
              start: 0,
              end: draft.length,
              reasons: [{ kind: 'date', text: '10 May', start, end: start + 6 }],
            },
          ],
          links: [
            {
              draftStart: draft.indexOf('`'),
              draftEnd: draft.indexOf(' to'),
              kind: 'phrase',
              matches: [{ sourceId: 's1', start: 0, end: 12 }],
            },
          ],
        }}
        sourceName={() => 'Ticket'}
        onShowMatch={() => undefined}
        onEndPreview={() => undefined}
      />,
    );

    expect(container.querySelector('.grounding-sentence')).toHaveTextContent(
      'Set `window.__x` to **2** ~ 3 \\ 4 before 10 May.',
    );
    expect(container.querySelector('.grounding-text')).toHaveTextContent('`window.__x`');
  });
});
