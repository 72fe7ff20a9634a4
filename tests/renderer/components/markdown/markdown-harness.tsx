/**
 * Renders SafeMarkdown the way the app does (inside the i18n provider) over a fake Bridge that
 * records `openExternal`, and the DOM checks every hostile-input test shares.
 */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { expect, vi } from 'vitest';
import { createI18n } from '../../../../renderer/i18n/create-i18n';
import type { Bridge } from '../../../../renderer/platform/bridge';
import { setBridge } from '../../../../renderer/platform/current-bridge';
import { LinkOpenerContext } from '../../../../renderer/components/markdown/link-opener-context';
import { openExternalLink } from '../../../../renderer/stores/links/open-external-link';
import {
  SafeMarkdown,
  type SafeMarkdownProps,
} from '../../../../renderer/components/markdown/safe-markdown';
import type { Language, OpenExternalResult } from '../../../../shared/ipc/contract';

/** A Bridge whose only live method is a recording `openExternal`; the rest must not be called. */
export function createFakeBridge(result: OpenExternalResult = { opened: true }) {
  const unexpected = (name: string) => () => {
    throw new Error(`SafeMarkdown must not call bridge.${name}`);
  };
  const openExternal = vi.fn((_url: string) => Promise.resolve(result));
  const bridge: Bridge = {
    runtime: 'browser',
    getAppInfo: vi.fn(unexpected('getAppInfo')),
    setLanguage: vi.fn(unexpected('setLanguage')),
    openFiles: vi.fn(unexpected('openFiles')),
    saveFile: vi.fn(unexpected('saveFile')),
    pickExportFolder: vi.fn(unexpected('pickExportFolder')),
    printPage: vi.fn(unexpected('printPage')),
    openExternal,
    hub: {
      connect: vi.fn(unexpected('hub.connect')),
      disconnect: vi.fn(unexpected('hub.disconnect')),
      connection: vi.fn(unexpected('hub.connection')),
      call: vi.fn(unexpected('hub.call')),
      followPokes: vi.fn(unexpected('hub.followPokes')),
    },
    onMenuCommand: vi.fn(unexpected('onMenuCommand')),
  };
  return { bridge, openExternal };
}

/** Installs a fresh fake bridge and renders `source`; returns the wrapper and a user. */
export function renderMarkdown(
  source: string,
  props: Omit<SafeMarkdownProps, 'source'> = {},
  language: Language = 'en',
) {
  const fake = createFakeBridge();
  setBridge(fake.bridge);
  const user = userEvent.setup();
  const view = renderInI18n(
    <LinkOpenerContext.Provider value={openExternalLink}>
      <SafeMarkdown source={source} {...props} />
    </LinkOpenerContext.Provider>,
    language,
  );
  const root = view.container.querySelector<HTMLElement>('.markdown');
  if (!root) {
    throw new Error('SafeMarkdown rendered no .markdown wrapper');
  }
  return { ...view, ...fake, root, user };
}

export function renderInI18n(element: ReactElement, language: Language = 'en') {
  return render(<I18nextProvider i18n={createI18n(language)}>{element}</I18nextProvider>);
}

/** Elements that would run code, load something, or take input if a draft could create them. */
export const FORBIDDEN_SELECTOR =
  'script, iframe, frame, img, svg, math, style, link, meta, base, form, input, button, ' +
  'textarea, select, object, embed, video, audio, source, picture, template, h1, h2';

/**
 * Fails unless `root` is inert: no forbidden element, no `on…`, `style`, `id`, `src`, `srcset`,
 * `formaction` or `target` attribute, and every `href` http(s) or an in-page `#fragment`.
 */
export function expectInert(root: HTMLElement): void {
  const elements = [...root.querySelectorAll(FORBIDDEN_SELECTOR)].map((el) => el.outerHTML);
  const attributes = [root, ...root.querySelectorAll('*')].flatMap((el) =>
    [...el.attributes]
      .filter(
        (attr) =>
          /^(on|style$|id$|src|formaction$|target$|data-)/i.test(attr.name) ||
          (attr.name === 'href' && !/^(https?:\/\/|#)/.test(attr.value)),
      )
      .map((attr) => `<${el.tagName.toLowerCase()} ${attr.name}="${attr.value}">`),
  );
  const problems = [...elements, ...attributes];
  expect(problems, `unsafe DOM: ${problems.join(' ')}`).toEqual([]);
}
