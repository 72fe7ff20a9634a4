/**
 * Bidirectional controls and zero-width characters in a draft (issue 12, point 3): each is drawn
 * as a named, isolated marker and never reaches the page, so an RLO cannot make an amount read
 * reversed and a zero-width space cannot hide inside a word; the stored text stays verbatim.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { INVISIBLE_CHARACTERS } from '../../../../renderer/components/markdown/invisible-characters';
import { expectInert, renderMarkdown } from './markdown-harness';

afterEach(cleanup);

const EVERY_INVISIBLE = new RegExp(`[${[...INVISIBLE_CHARACTERS.keys()].join('')}]`);

/** Markers in `root`, as their abbreviation and tooltip. */
function markersIn(root: HTMLElement) {
  return [...root.querySelectorAll<HTMLElement>('.invisible-char')].map((marker) => ({
    text: marker.textContent,
    title: marker.title,
  }));
}

/** Fails if any invisible character made it into the DOM's text or attributes. */
function expectNoInvisibleInDom(root: HTMLElement) {
  expect(root.textContent).not.toMatch(EVERY_INVISIBLE);
  expect(root.innerHTML).not.toMatch(EVERY_INVISIBLE);
}

describe('SafeMarkdown invisible characters', () => {
  it('shows an override in an amount as a named marker, never as the character', () => {
    const source = 'Total: NT$\u202E0821';
    const { root } = renderMarkdown(source);

    expectNoInvisibleInDom(root);
    expect(markersIn(root)).toEqual([{ text: 'RLO', title: 'U+202E RIGHT-TO-LEFT OVERRIDE' }]);
    expect(root.textContent).toBe('Total: NT$RLO0821');
    // The text around it is isolated, so nothing left can reorder it across the marker.
    const runs = [...root.querySelectorAll('.invisible-run')].map((run) => run.textContent);
    expect(runs).toEqual(['Total: NT$', '0821']);
    expectInert(root);
  });

  it('names the marker to screen readers in the reviewer’s language', () => {
    renderMarkdown('NT$\u202E0821', {}, 'en');
    expect(
      screen.getByRole('img', { name: 'hidden character: U+202E RIGHT-TO-LEFT OVERRIDE' }),
    ).toBeInTheDocument();
    cleanup();

    renderMarkdown('NT$\u202E0821', {}, 'zh-TW');
    expect(
      screen.getByRole('img', { name: '隱藏字元：U+202E RIGHT-TO-LEFT OVERRIDE' }),
    ).toBeInTheDocument();
  });

  it('marks a zero-width space inside a word', () => {
    const { root } = renderMarkdown('Pay to acc\u200Bount 12-34 only.');

    expectNoInvisibleInDom(root);
    expect(markersIn(root)).toEqual([{ text: 'ZWSP', title: 'U+200B ZERO WIDTH SPACE' }]);
    expect(root.textContent).toBe('Pay to accZWSPount 12-34 only.');
  });

  it('marks isolates, marks and the soft hyphen, each on its own', () => {
    const { root } = renderMarkdown('a\u2067b\u2069c\u200Fd\u00ADe\uFEFF');

    expectNoInvisibleInDom(root);
    expect(markersIn(root).map((marker) => marker.text)).toEqual([
      'RLI',
      'PDI',
      'RLM',
      'SHY',
      'BOM',
    ]);
  });

  it('marks them in emphasis, headings, lists, tables, links and literal HTML', () => {
    const { root } = renderMarkdown(
      [
        '# Head\u202Eing',
        '',
        '- *it\u200Bem* and **bo\u200Dld**',
        '',
        '| a\u202D | b |',
        '| --- | --- |',
        '| 1\u2066 | 2 |',
        '',
        '[li\u200Bnk](https://example.com/) <b\u202E>',
      ].join('\n'),
    );

    expectNoInvisibleInDom(root);
    expect(markersIn(root).map((marker) => marker.text)).toEqual([
      'RLO',
      'ZWSP',
      'ZWJ',
      'LRO',
      'LRI',
      'ZWSP',
      'RLO',
    ]);
    expect(screen.getByRole('link')).toHaveAccessibleName(/^li.*nk\(example\.com\)$/);
    expectInert(root);
  });

  it('marks them in inline code and code blocks, keeping the code’s indentation', () => {
    const { root } = renderMarkdown(
      [
        'Run `rm\u202E -rf`:',
        '',
        '```',
        'if (isAdmin\u202E \u2066) {',
        '    go();',
        '}',
        '```',
      ].join('\n'),
    );

    expectNoInvisibleInDom(root);
    expect(root.querySelector('p code .invisible-char')).toHaveTextContent('RLO');
    const block = root.querySelector('pre code')!;
    expect([...block.querySelectorAll('.invisible-char')].map((m) => m.textContent)).toEqual([
      'RLO',
      'LRI',
    ]);
    expect(block.textContent).toBe('if (isAdminRLO LRI) {\n    go();\n}\n');
  });

  it('marks them in a blocked link’s target and in an image placeholder', () => {
    const { root } = renderMarkdown('[x](ftp://a\u202Eb) ![al\u200Bt](https://example.com/i.png)');

    expectNoInvisibleInDom(root);
    expect(markersIn(root).map((marker) => marker.text)).toEqual(['RLO', 'ZWSP']);
  });

  it('leaves text without them as it was, and the source string untouched', () => {
    const source = 'Total: NT$\u202E0821 and acc\u200Bount';
    const copy = `${source}`;
    renderMarkdown(source);
    cleanup();
    const { root } = renderMarkdown('Total: NT$1,280 (一千兩百八十元) 👨\u200D👩\u200D👧');

    expect(source).toBe(copy);
    expect(source).toContain('\u202E');
    expect(root.querySelector('.invisible-char, .invisible-run')).toBeNull();
    expect(root.textContent).toBe('Total: NT$1,280 (一千兩百八十元) 👨\u200D👩\u200D👧');
  });
});
