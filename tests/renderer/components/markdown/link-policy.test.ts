import { describe, expect, it } from 'vitest';
import {
  classifyLink,
  keepSafeUrl,
  shownUrl,
  textIsUrl,
  textNamesHost,
} from '../../../../renderer/components/markdown/link-policy';

describe('link policy', () => {
  it.each([
    ['https://example.com/a?b=1#c', { kind: 'external', href: 'https://example.com/a?b=1#c' }],
    ['HTTP://Example.COM', { kind: 'external', href: 'http://example.com/', host: 'example.com' }],
    ['#section-2', { kind: 'fragment', href: '#section-2' }],
    ['# spaced', { kind: 'blocked' }],
    ['javascript:alert(1)', { kind: 'blocked' }],
    [' https://example.com', { kind: 'blocked' }],
    ['//evil.example/x', { kind: 'blocked' }],
    ['mailto:a@example.com', { kind: 'blocked' }],
    ['https://a:b@example.com', { kind: 'blocked' }],
  ])('classifies %j', (url, expected) => {
    expect(classifyLink(url)).toMatchObject(expected);
  });

  it('lets only link targets through urlTransform, never an image source', () => {
    expect(keepSafeUrl('https://example.com/', 'href')).toBe('https://example.com/');
    expect(keepSafeUrl('#x', 'href')).toBe('#x');
    expect(keepSafeUrl('file:///etc/passwd', 'href')).toBeUndefined();
    expect(keepSafeUrl('https://example.com/i.png', 'src')).toBeUndefined();
    expect(keepSafeUrl('https://example.com/', 'cite')).toBeUndefined();
  });

  it('compares hosts, not substrings, when deciding whether the text names the host', () => {
    expect(textNamesHost('example.com', 'example.com')).toBe(true);
    expect(textNamesHost('https://EXAMPLE.com/path', 'example.com')).toBe(true);
    expect(textNamesHost('https://bank.example/?evil.example', 'evil.example')).toBe(false);
    expect(textNamesHost('evil.example.bank.example', 'evil.example')).toBe(false);
    expect(textNamesHost('click here', 'example.com')).toBe(false);
  });

  it('recognises a target that is its own text', () => {
    expect(textIsUrl('ops@example.com', 'mailto:ops@example.com')).toBe(true);
    expect(textIsUrl('javascript:x', 'javascript:x')).toBe(true);
    expect(textIsUrl('docs', 'javascript:x')).toBe(false);
  });

  it('shortens only long URLs', () => {
    expect(shownUrl('file:///etc/passwd')).toBe('file:///etc/passwd');
    expect(shownUrl(`data:,${'x'.repeat(500)}`)).toHaveLength(161);
  });
});
