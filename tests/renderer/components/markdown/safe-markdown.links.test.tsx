/**
 * Links in a draft open only in the system browser, through the bridge's checked openExternal
 * (DESIGN.md, Security), and the reviewer can see where each one goes before clicking.
 */
import { cleanup, createEvent, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SafeMarkdown } from '../../../../renderer/components/markdown/safe-markdown';
import { createI18n } from '../../../../renderer/i18n/create-i18n';
import { createFakeBridge, renderMarkdown } from './markdown-harness';
import { LinkOpenerContext } from '../../../../renderer/components/markdown/link-opener-context';
import { openExternalLink } from '../../../../renderer/stores/links/open-external-link';
import { setBridge } from '../../../../renderer/platform/current-bridge';

afterEach(cleanup);

const DOCS = 'https://example.com/docs?q=1#top';

/** Clicks `element` like a user and reports whether the page's default action was cancelled. */
function clickPrevented(element: Element, init: MouseEventInit = {}): boolean {
  const event = createEvent.click(element, { button: 0, ...init });
  fireEvent(element, event);
  return event.defaultPrevented;
}

describe('SafeMarkdown links', () => {
  it('opens an https link through the bridge on click, without navigating', async () => {
    const before = window.location.href;
    const { openExternal } = renderMarkdown(`Read [the docs](${DOCS}).`);
    const link = screen.getByRole('link', { name: /the docs/ });

    expect(link).toHaveAttribute('href', DOCS);
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).not.toHaveAttribute('target');
    expect(clickPrevented(link)).toBe(true);
    await waitFor(() => expect(openExternal).toHaveBeenCalledWith(DOCS));
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(window.location.href).toBe(before);
  });

  it('opens it on Enter from the keyboard', async () => {
    const { openExternal, user } = renderMarkdown(`[the docs](${DOCS})`);

    await user.tab();
    expect(screen.getByRole('link')).toHaveFocus();
    await user.keyboard('{Enter}');

    await waitFor(() => expect(openExternal).toHaveBeenCalledWith(DOCS));
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('cancels modified and middle clicks, which would open a window outside the bridge', () => {
    renderMarkdown(`[the docs](${DOCS})`);
    const link = screen.getByRole('link');

    expect(clickPrevented(link, { ctrlKey: true })).toBe(true);
    expect(clickPrevented(link, { shiftKey: true })).toBe(true);
    const middle = createEvent(
      'auxclick',
      link,
      { button: 1, bubbles: true, cancelable: true },
      { EventType: 'MouseEvent' },
    );
    fireEvent(link, middle);
    expect(middle.defaultPrevented).toBe(true);
  });

  it('tells the caller whether the browser opened the link', async () => {
    const onLinkOpened = vi.fn();
    const { openExternal } = renderMarkdown(`[x](${DOCS})`, { onLinkOpened });
    openExternal.mockResolvedValueOnce({ opened: false, reason: 'scheme-not-allowed' });
    openExternal.mockRejectedValueOnce(new Error('ipc down'));

    fireEvent.click(screen.getByRole('link'));
    await waitFor(() =>
      expect(onLinkOpened).toHaveBeenCalledWith(DOCS, {
        opened: false,
        reason: 'scheme-not-allowed',
      }),
    );
    fireEvent.click(screen.getByRole('link'));
    await waitFor(() =>
      expect(onLinkOpened).toHaveBeenLastCalledWith(DOCS, {
        opened: false,
        reason: 'bridge-error',
      }),
    );
  });

  it.each([
    ['[the docs](https://example.com/)', 'the docs(example.com)'],
    ['[bank.example](https://evil.example/login)', 'bank.example(evil.example)'],
    ['[https://bank.example/?evil.example](https://evil.example/)', '(evil.example)'],
    ['[x](https://exаmple.com/)', 'x(xn--exmple-4nf.com)'],
    ['[x](http://example.com:8080/)', 'x(example.com:8080)'],
  ])('shows where %s goes', (source, shown) => {
    renderMarkdown(source);

    expect(screen.getByRole('link').textContent).toContain(shown);
  });

  it.each([
    '<https://example.com/a>',
    'https://example.com/a',
    'www.example.com',
    '[Example.com](https://example.com/)',
  ])('does not repeat the host when the text already names it: %s', (source) => {
    renderMarkdown(source);

    expect(screen.getByRole('link').querySelector('.markdown-link-host')).toBeNull();
  });

  it('keeps an in-page link inert: no navigation, no hash change, no bridge call', () => {
    const { openExternal } = renderMarkdown('See [the intro](#intro).');
    const link = screen.getByRole('link', { name: 'the intro' });

    expect(link).toHaveAttribute('href', '#intro');
    expect(clickPrevented(link)).toBe(true);
    expect(window.location.hash).toBe('');
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('shows a blocked target verbatim, even if it looks like a translation placeholder', () => {
    const { root } = renderMarkdown('[x](javascript:{{url}}$t(app.name))');

    expect(root.textContent).toBe('x(link blocked: javascript:{{url}}$t(app.name))');
  });

  it('explains a blocked link in the reviewer’s language', () => {
    const { root } = renderMarkdown('[這裡](file:///etc/passwd)', {}, 'zh-TW');

    expect(root.textContent).toBe('這裡（已封鎖的連結：file:///etc/passwd）');
  });

  it('uses the new onLinkOpened after a re-render with the same source', async () => {
    const first = vi.fn();
    const second = vi.fn();
    const { rerender, openExternal } = renderMarkdown(`[x](${DOCS})`, { onLinkOpened: first });
    const link = screen.getByRole('link');

    rerender(
      <I18nextProvider i18n={createI18n('en')}>
        <LinkOpenerContext.Provider value={openExternalLink}>
          <SafeMarkdown source={`[x](${DOCS})`} onLinkOpened={second} />
        </LinkOpenerContext.Provider>
      </I18nextProvider>,
    );
    expect(screen.getByRole('link')).toBe(link);
    fireEvent.click(link);
    await waitFor(() => expect(second).toHaveBeenCalledWith(DOCS, { opened: true }));
    expect(first).not.toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('stays inert where no opener is provided: the click neither navigates nor opens', () => {
    const { bridge, openExternal } = createFakeBridge();
    setBridge(bridge);
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <SafeMarkdown source={`[x](${DOCS})`} />
      </I18nextProvider>,
    );
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    screen.getByRole('link').dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });
});
