/**
 * What a reviewer reads must be what the model wrote: GFM renders, text and code keep every
 * character, and a draft's headings sit below the screen's own.
 */
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { expectInert, renderMarkdown } from './markdown-harness';

afterEach(cleanup);

const headingLevels = (root: HTMLElement) =>
  [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => [h.tagName, h.textContent]);

describe('SafeMarkdown content', () => {
  it('keeps a single line break as written: a model’s list stays a list, Chinese gets no spaces', () => {
    const { root } = renderMarkdown('您好，\n以下是步驟：\n第一步 登入網站\n第二步 點選「帳單」');

    const paragraph = root.querySelector('p');
    expect(paragraph?.querySelectorAll('br')).toHaveLength(3);
    // Each line is its own, with nothing between the characters that was not in the source.
    expect(paragraph?.innerHTML.split('<br>').map((line) => line.trim())).toEqual([
      '您好，',
      '以下是步驟：',
      '第一步 登入網站',
      '第二步 點選「帳單」',
    ]);
  });

  it('demotes headings below the screen’s h1 and h2', () => {
    const { root } = renderMarkdown('# Title\n\n## Part\n\n### Detail');

    expect(headingLevels(root)).toEqual([
      ['H3', 'Title'],
      ['H4', 'Part'],
      ['H5', 'Detail'],
    ]);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Title');
  });

  it('ranks the depths a draft uses, so levels never skip', () => {
    const { root } = renderMarkdown('### Starts deep\n\n###### Jumps\n\n# Shallowest');

    expect(headingLevels(root)).toEqual([
      ['H4', 'Starts deep'],
      ['H5', 'Jumps'],
      ['H3', 'Shallowest'],
    ]);
  });

  it('starts from headingBase and stops at h6', () => {
    const source = '# 1\n\n## 2\n\n### 3\n\n#### 4\n\n##### 5\n\n###### 6';

    const { root } = renderMarkdown(source, { headingBase: 2 });
    expect(headingLevels(root).map(([tag]) => tag)).toEqual(['H2', 'H3', 'H4', 'H5', 'H6', 'H6']);
    cleanup();
    const deeper = renderMarkdown(source, { headingBase: 5 });
    expect(headingLevels(deeper.root).map(([tag]) => tag)).toEqual([
      'H5',
      'H6',
      'H6',
      'H6',
      'H6',
      'H6',
    ]);
  });

  it('keeps CJK text, emoji and combining marks character for character', () => {
    const text =
      '親愛的客戶您好：您的訂單（編號 A-1024）已於「週三」出貨，預計三至五個工作天送達。' +
      '日本語のテキスト、한국어 텍스트。👩🏽‍💻 café ﬁ';
    const { root } = renderMarkdown(text);

    expect(root.querySelector('p')?.textContent).toBe(text);
  });

  it('keeps code blocks and inline code byte for byte', () => {
    const code = [
      '\tconst html = "<script>alert(1)</script>";   ',
      '  if (a < b && c > d) { return `${x}`; }',
      `// ${'long line '.repeat(40)}`,
      '# not a heading, *not emphasis*, [not](a link)',
      '中文註解：保持原樣　全形空白',
    ].join('\n');
    const { root } = renderMarkdown(
      `Run \`rm -rf <dir> && echo "$HOME"\` first.\n\n\`\`\`ts\n${code}\n\`\`\``,
    );

    const block = root.querySelector('pre');
    expect(block?.textContent).toBe(`${code}\n`);
    expect(block).toHaveClass('markdown-code-block');
    expect(block).toHaveAttribute('tabindex', '0');
    expect(block?.querySelector('code')).not.toHaveAttribute('class');
    expect(root.querySelector('p code')?.textContent).toBe('rm -rf <dir> && echo "$HOME"');
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByRole('heading')).toBeNull();
  });

  it('renders a GFM table inside a scrolling box, alignment as classes', () => {
    const { root } = renderMarkdown(
      '| 品名 | Qty | Price |\n| :--- | :-: | --: |\n| 茶葉 | 2 | $10 |\n| Cups | 10 | $3 |',
    );

    const table = screen.getByRole('table');
    expect(table.parentElement).toHaveClass('markdown-table-scroll');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['品名', 'Qty', 'Price']);
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('cell', { name: '2' })).toHaveClass('markdown-align-center');
    expect(within(table).getByRole('cell', { name: '$10' })).toHaveClass('markdown-align-right');
    expectInert(root);
  });

  it('renders strikethrough, autolinks and task lists without form controls', () => {
    const { root } = renderMarkdown(
      '~~old price~~ new price, see https://example.com/p\n\n- [x] shipped\n- [ ] invoiced',
    );

    expect(root.querySelector('del')).toHaveTextContent('old price');
    expect(screen.getByRole('link', { name: 'https://example.com/p' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Done' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Not done' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expectInert(root);
  });

  it('shows footnotes as written, without ids or a page-level heading', () => {
    const { root } = renderMarkdown('Claim.[^src]\n\n[^src]: Annual report, p. 4');

    expect([...root.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'Claim.[^src]',
      '[^src]: Annual report, p. 4',
    ]);
    expect(root.querySelector('section, sup, h2')).toBeNull();
    expectInert(root);
  });

  it('keeps an ordered list’s start number and the caller’s class', () => {
    const { root } = renderMarkdown('3. three\n4. four', { className: 'draft-body' });

    expect(root).toHaveClass('markdown', 'draft-body');
    expect(root.querySelector('ol')).toHaveAttribute('start', '3');
  });
});
