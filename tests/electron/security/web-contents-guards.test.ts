import { beforeEach, describe, expect, it } from 'vitest';
import type { App, WebContents } from 'electron';
import {
  guardWebContents,
  setupWebContentsGuards,
} from '../../../electron/security/web-contents-guards';
import { MockWebContents, app, resetElectronMock } from '../../mocks/electron';

function guarded(): MockWebContents {
  const contents = new MockWebContents();
  guardWebContents(contents as unknown as WebContents);
  return contents;
}

describe('guardWebContents', () => {
  beforeEach(resetElectronMock);

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s: stays on app://loupe, blocks everything else',
    (eventName) => {
      const contents = guarded();
      expect(contents.simulate(eventName, 'app://loupe/index.html')).toBe(false);
      for (const url of [
        'https://evil.example/',
        'javascript:alert(1)',
        'file:///etc/passwd',
        'data:text/html,hi',
        'app://other/index.html',
        'app://user:pw@loupe/index.html',
        'about:blank',
        'blob:app://loupe/123',
      ]) {
        expect(contents.simulate(eventName, url), url).toBe(true);
      }
    },
  );

  it('denies every window.open, even to a link that would pass the external check', () => {
    const contents = guarded();
    for (const url of ['https://example.com/', 'app://loupe/index.html', 'javascript:alert(1)']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });

  it('blocks every <webview>', () => {
    expect(guarded().simulate('will-attach-webview')).toBe(true);
  });
});

describe('setupWebContentsGuards', () => {
  beforeEach(resetElectronMock);

  it('guards each webContents as it is created', () => {
    setupWebContentsGuards(app as unknown as App);
    const contents = new MockWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.simulate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.windowOpenHandler).toBeDefined();
  });
});
