/** Where the search is highlighted in the review screen (issue 12, point 12). */
import { describe, expect, it } from 'vitest';
import { searchRanges } from '../../../../renderer/features/review/search-ranges';

function page(html: string): HTMLElement {
  const root = document.createElement('div');
  // Test markup only: the app renders drafts through SafeMarkdown, never as HTML.
  root.innerHTML = html;
  return root;
}

const highlighted = (root: Element, query: string) =>
  searchRanges(root, query).map((range) => range.toString());

describe('the ranges a search highlights', () => {
  it('maps folded matches back to the text as shown, across emphasis', () => {
    const root = page(
      '<div class="markdown draft-markdown"><p>Refund NT$<strong>1,280</strong> today.</p>' +
        '<p>退款金額：<em>ＮＴ＄１，２８０</em></p></div>',
    );
    expect(highlighted(root, '1280')).toEqual(['1,280', '１，２８０']);
    expect(highlighted(root, 'nt$1280')).toEqual(['NT$1,280', 'ＮＴ＄１，２８０']);
    expect(highlighted(root, '退款金额')).toEqual(['退款金額']);
  });

  it('searches the draft and the source pane, not the rest of the screen', () => {
    const root = page(
      '<h2>Refund</h2><div class="markdown draft-markdown"><p>Refund sent</p></div>' +
        '<div class="source-panel"><h2>Refund</h2><section data-source-id="context:0">' +
        '<h3>Refund policy</h3><p>Refunds go back to the card.</p></section></div>' +
        '<div class="guidelines"><p>Refund rules</p></div>',
    );
    expect(highlighted(root, 'refund')).toEqual(['Refund', 'Refund', 'Refund']);
  });

  it('leaves the markers of invisible characters out, and crosses them', () => {
    const root = page(
      '<div class="markdown draft-markdown"><p><span class="invisible-run">1</span>' +
        '<span class="invisible-char" role="img">ZWSP</span><span class="invisible-run">280 ' +
        'zwsp</span></p></div>',
    );
    expect(highlighted(root, '1280')).toEqual(['1ZWSP280']);
    expect(highlighted(root, 'zwsp')).toEqual(['zwsp']);
  });

  it('does not join the end of one paragraph to the start of the next', () => {
    const root = page(
      '<div class="markdown draft-markdown"><p>order 42</p><p>80 items</p><p>line<br>break</p></div>',
    );
    expect(highlighted(root, '4280')).toEqual([]);
    expect(highlighted(root, 'linebreak')).toEqual([]);
    expect(highlighted(root, 'line break')).toEqual(['linebreak']);
  });
});
