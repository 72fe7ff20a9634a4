/**
 * Look-alike links (issue 12, point 2): a link to an internationalised domain, or one whose text
 * names another site, shows its real host in ASCII (punycode) and says so to screen readers.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  hostIsInternational,
  textNamesOtherHost,
} from '../../../../renderer/components/markdown/link-policy';
import { expectInert, renderMarkdown } from './markdown-harness';

afterEach(cleanup);

/** The real-host warning of the one link on screen, or null. */
function realHostOf(link: HTMLElement) {
  return link.querySelector<HTMLElement>('.markdown-link-real-host');
}

describe('SafeMarkdown look-alike links', () => {
  it('shows the punycode host of a Cyrillic look-alike, whatever the text says', () => {
    // "аpple.com" with a Cyrillic а (U+0430), written as the link text and as the target.
    const { root } = renderMarkdown('[apple.com](https://\u0430pple.com/login)');
    const link = screen.getByRole('link');

    expect(link).toHaveAttribute('href', 'https://xn--pple-43d.com/login');
    expect(realHostOf(link)).toHaveTextContent('(xn--pple-43d.com)');
    expect(link).toHaveAccessibleName('apple.com(real address: xn--pple-43d.com)');
    expect(realHostOf(link)).toHaveAttribute('title', '(real address: xn--pple-43d.com)');
    expectInert(root);
  });

  it('shows it even when the text is the same look-alike host (it names the host, in Cyrillic)', () => {
    renderMarkdown('[\u0430pple.com](https://\u0430pple.com/)');

    expect(realHostOf(screen.getByRole('link'))).toHaveTextContent('(xn--pple-43d.com)');
  });

  it('shows it for a bare look-alike address, which is its own text', () => {
    renderMarkdown('Log in at https://\u0430pple.com/login today.');

    expect(realHostOf(screen.getByRole('link'))).toHaveTextContent('(xn--pple-43d.com)');
  });

  it('shows it for a target already written in punycode or percent-encoded', () => {
    renderMarkdown('[a](https://xn--pple-43d.com/) [b](https://%D0%B0pple.com/)');

    for (const link of screen.getAllByRole('link')) {
      expect(realHostOf(link)).toHaveTextContent('(xn--pple-43d.com)');
    }
  });

  it('shows where a link goes when its text is another site’s address', () => {
    renderMarkdown('[https://bank.example](https://evil.example/login)');
    const link = screen.getByRole('link');

    expect(realHostOf(link)).toHaveTextContent('(evil.example)');
    expect(link).toHaveAccessibleName('https://bank.example(real address: evil.example)');
  });

  it('shows it when a sentence in the text names another site', () => {
    renderMarkdown('[Sign in to bank.example here](https://evil.example/)');

    expect(realHostOf(screen.getByRole('link'))).toHaveTextContent('(evil.example)');
  });

  it('labels the real host in the reviewer’s language', () => {
    renderMarkdown('[bank.example](https://evil.example/)', {}, 'zh-TW');
    const link = screen.getByRole('link');

    expect(realHostOf(link)).toHaveTextContent('（evil.example）');
    expect(link).toHaveAccessibleName('bank.example（實際網址：evil.example）');
  });

  it('leaves an ordinary link as it was: its host, with no warning', () => {
    renderMarkdown('[the docs](https://example.com/docs)');
    const link = screen.getByRole('link');

    expect(realHostOf(link)).toBeNull();
    expect(link.textContent).toBe('the docs(example.com)');
    expect(link).toHaveAccessibleName('the docs(example.com)');
  });

  it.each([
    '[example.com](https://example.com/)',
    '[www.example.com](https://example.com/)',
    '[EXAMPLE.COM/docs](https://www.example.com/docs)',
    '<https://example.com/docs/readme.md>',
    '[請到 example.com 登入](https://example.com/)',
    '[NT$1,280.50, e.g. version 1.5](https://example.com/)',
  ])('gives no warning when the text names the real host, or no host: %s', (source) => {
    renderMarkdown(source);

    expect(realHostOf(screen.getByRole('link'))).toBeNull();
  });
});

describe('link policy for look-alike hosts', () => {
  it.each([
    ['https://\u0430pple.com/', 'xn--pple-43d.com', true],
    ['https://xn--pple-43d.com/', 'xn--pple-43d.com', true],
    ['https://shop.XN--pple-43d.com/', 'shop.xn--pple-43d.com', true],
    // Fullwidth letters map to ASCII, but the host was not written in ASCII.
    ['https://\uff45xample.com/', 'example.com', true],
    ['https://example.com/\u0430', 'example.com', false],
    ['https://example.com/?q=xn--a', 'example.com', false],
    ['https://axn--b.example/', 'axn--b.example', false],
  ])('hostIsInternational(%j, %j) is %s', (written, hostname, expected) => {
    expect(hostIsInternational(written, hostname)).toBe(expected);
  });

  it.each([
    ['bank.example', 'evil.example', true],
    ['Visit https://bank.example/?evil.example now', 'evil.example', true],
    ['apple.com', 'xn--pple-43d.com', true],
    ['support@bank.example', 'evil.example', true],
    ['WWW.Example.COM', 'example.com', false],
    ['example.com.', 'www.example.com', false],
    ['https://example.com:8443/a.html', 'example.com', false],
    ['the docs', 'example.com', false],
    ['', 'example.com', false],
    ['3.14 and 1,280.50', 'example.com', false],
  ])('textNamesOtherHost(%j, %j) is %s', (text, hostname, expected) => {
    expect(textNamesOtherHost(text, hostname)).toBe(expected);
  });
});
