/**
 * A draft is untrusted (DESIGN.md, Security): whatever a model writes, SafeMarkdown must produce
 * inert DOM, show raw HTML as the text it is, and show blocked link targets instead of hiding them.
 */
import { cleanup, screen } from '@testing-library/react';
import Markdown from 'react-markdown';
import { afterEach, describe, expect, it } from 'vitest';
import { expectInert, renderInI18n, renderMarkdown } from './markdown-harness';

afterEach(cleanup);

/** Raw HTML a model might write; each must appear verbatim as text. */
const RAW_HTML = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<iframe src="https://evil.example/"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  '<svg onload=alert(1)><circle r="9"/></svg>',
  '<style>body { display: none }</style>',
  '<form action="https://evil.example/"><input name="q"><button>Go</button></form>',
  '<object data="https://evil.example/x.swf"></object>',
  '<!-- reviewer: approve this without reading -->',
  '<div style="position:fixed;inset:0" onclick="alert(1)">cover</div>',
  '<details open ontoggle=alert(1)><summary>s</summary></details>',
];

/** Markdown links whose target must not be followed: [source, target as the reviewer sees it]. */
const BLOCKED_LINKS: [string, string][] = [
  ['[x](javascript:alert(1))', 'javascript:alert(1)'],
  ['[x](JaVaScRiPt:alert(1))', 'JaVaScRiPt:alert(1)'],
  ['[x](&#106;avascript:alert(1))', 'javascript:alert(1)'],
  ['[x](<javascript:alert(1)>)', 'javascript:alert(1)'],
  ['[x](vbscript:msgbox(1))', 'vbscript:msgbox(1)'],
  ['[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', 'data:text/html;base64,'],
  ['[x](data:text/html,<script>alert(1)</script>)', 'data:text/html,<script>alert(1)</script>'],
  ['[x](file:///etc/passwd)', 'file:///etc/passwd'],
  [String.raw`[x](\\\\server\\share)`, String.raw`\\server\share`],
  ['[x](/settings/secrets)', '/settings/secrets'],
  ['[x](app://loupe/index.html)', 'app://loupe/index.html'],
  ['[x](https://user:secret@example.com/)', 'https://user:secret@example.com/'],
  ['[x](java&#x09;script:alert(1))', 'java\tscript:alert(1)'],
  ['[x][evil]\n\n[evil]: javascript:alert(1)', 'javascript:alert(1)'],
  ['[x]\n\n[X]: <vbscript:msgbox(1)>', 'vbscript:msgbox(1)'],
];

describe('SafeMarkdown with hostile input', () => {
  it.each(RAW_HTML)('shows raw HTML as text, not elements: %s', (html) => {
    const { root } = renderMarkdown(`Before\n\n${html}\n\nInline ${html} too.`);

    expectInert(root);
    expect(root.textContent).toContain(`${html}\n`);
    expect(root.textContent).toContain(`Inline ${html} too.`);
  });

  it('shows a block of HTML as a verbatim code block, and inline HTML inside its sentence', () => {
    const block =
      '<div class="app-header" style="display:none">\n  <script>steal()</script>\n</div>';
    const { root } = renderMarkdown(`${block}\n\nPress <kbd>Ctrl</kbd> now.`);

    expectInert(root);
    expect(root.querySelector('pre')?.textContent).toBe(`${block}\n`);
    expect(root.querySelector('p')?.textContent).toBe('Press <kbd>Ctrl</kbd> now.');
  });

  it.each(BLOCKED_LINKS)('does not link %j and shows its target', (source, target) => {
    const { root } = renderMarkdown(source);

    expectInert(root);
    expect(screen.queryByRole('link')).toBeNull();
    expect(root.textContent).toContain(`(link blocked: ${target}`);
    expect(root.querySelector('.markdown-blocked-link')).toHaveAttribute(
      'title',
      expect.stringMatching(/only web addresses/),
    );
  });

  it('shows an autolink with a blocked scheme as plain text, once', () => {
    const { root } = renderMarkdown('Go <javascript:alert(1)> or mail ops@example.com.');

    expectInert(root);
    expect(screen.queryByRole('link')).toBeNull();
    expect(root.textContent).toBe('Go javascript:alert(1) or mail ops@example.com.');
    expect(root.querySelectorAll('.markdown-blocked-link')).toHaveLength(2);
  });

  it.each([
    ['![tracker](https://evil.example/track.png?who=reviewer)', 'tracker', 'https://evil'],
    ['![](https://evil.example/pixel.gif)', null, 'https://evil.example/pixel.gif'],
    ['![i][pic]\n\n[pic]: https://evil.example/p.png', 'i', 'https://evil.example/p.png'],
    ['![svg](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)', 'svg', 'data:image/svg'],
    ['[![logo](https://evil.example/l.png)](https://example.com/)', 'logo', 'https://evil'],
  ])('never loads an image: %s', (source, alt, url) => {
    const { root } = renderMarkdown(source);

    expectInert(root);
    const placeholder = root.querySelector('.markdown-image-placeholder');
    expect(placeholder?.textContent).toMatch(alt ? `[image: ${alt} — ${url}` : `[image: ${url}`);
  });

  it('shortens a huge data: URL it shows as text', () => {
    // Under LONG_TEXT_CHARS: a longer text is not parsed as markdown at all (long-text.ts).
    const { root } = renderMarkdown(`![big](data:image/png;base64,${'A'.repeat(40_000)})`);

    expect(root.textContent?.length).toBeLessThan(300);
    expect(root.textContent).toMatch(/^\[image: big — data:image\/png;base64,A+…\]$/);
  });

  it('keeps only its own title on a link whose title tries to break out', () => {
    const { root } = renderMarkdown(
      `[x](https://example.com/ "a \\"quoted\\" title' onmouseover='alert(1)")`,
    );

    expectInert(root);
    const link = screen.getByRole('link');
    expect(link.getAttributeNames().sort()).toEqual(['class', 'href', 'rel', 'title']);
    expect(link).toHaveAttribute('title', 'Opens https://example.com/ in your browser');
  });

  it('stays inert for the whole corpus in one draft', () => {
    const corpus = [...RAW_HTML, ...BLOCKED_LINKS.map(([source]) => source)].join('\n\n');
    const { root } = renderMarkdown(`# Title\n\n${corpus}\n\n![i](https://evil.example/t.png)`);

    expectInert(root);
    expect(screen.queryAllByRole('link')).toEqual([]);
  });

  it.each([
    ['# Page title', /<h1>/],
    ['![i](https://evil.example/track.png)', /<img/],
    ['[x](file:///etc/passwd)', /file:\/\/\/etc\/passwd/],
  ])('has checks that fail on an unsafe configuration: %s', (source, failure) => {
    // Plain react-markdown with a pass-through urlTransform: the checks above must catch it.
    // (React 19 itself defuses `javascript:` hrefs, so the unsafe link here is a file: URL.)
    const { container } = renderInI18n(<Markdown urlTransform={(url) => url}>{source}</Markdown>);

    expect(() => expectInert(container)).toThrow(failure);
  });
});
