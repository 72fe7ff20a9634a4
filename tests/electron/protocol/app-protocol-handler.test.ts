import fs from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../../electron/protocol/app-protocol-handler';
import { registerAppScheme, setupAppProtocol } from '../../../electron/protocol/app-protocol';
import { buildContentSecurityPolicy } from '../../../electron/security/content-security-policy';
import { protocol, resetElectronMock } from '../../mocks/electron';
import { makeTempDir } from '../support/temp-dir';

const realFs = { readFile: (p: string) => fs.readFile(p), realpath: (p: string) => fs.realpath(p) };

async function buildFolder(): Promise<{ root: string; outside: string }> {
  const base = await makeTempDir();
  const root = path.join(base, 'renderer');
  await fs.mkdir(path.join(root, 'assets'), { recursive: true });
  await fs.writeFile(path.join(root, 'index.html'), '<!doctype html><title>Loupe</title>');
  await fs.writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  await fs.writeFile(path.join(root, 'assets', 'app.css'), 'body{}');
  await fs.writeFile(path.join(root, 'assets', 'blob.bin'), 'x');
  const outside = path.join(base, 'secrets.json');
  await fs.writeFile(outside, '{"hub-token":"s3cret"}');
  return { root, outside };
}

describe('app:// protocol handler', () => {
  beforeEach(resetElectronMock);

  it('serves index.html for / with the CSP and nosniff', async () => {
    const { root } = await buildFolder();
    const handle = createAppProtocolHandler(root, realFs);
    const response = await handle(new Request('app://loupe/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(buildContentSecurityPolicy());
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Loupe</title>');
  });

  it.each([
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/app.css', 'text/css; charset=utf-8'],
    ['assets/blob.bin', 'application/octet-stream'],
  ])('serves %s as %s', async (file, type) => {
    const { root } = await buildFolder();
    const response = await createAppProtocolHandler(
      root,
      realFs,
    )(new Request(`app://loupe/${file}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it('answers 404 for a missing file and for a folder, with the CSP still set', async () => {
    const { root } = await buildFolder();
    const handle = createAppProtocolHandler(root, realFs);
    for (const url of ['app://loupe/missing.js', 'app://loupe/assets']) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(buildContentSecurityPolicy());
    }
  });

  it('never serves the file beside the build folder, however the path is spelled', async () => {
    const { root } = await buildFolder();
    const handle = createAppProtocolHandler(root, realFs);
    for (const url of [
      'app://loupe/%2e%2e/secrets.json',
      'app://loupe/assets/%2e%2e/%2e%2e/secrets.json',
      'app://loupe/..%2fsecrets.json',
      'app://other/secrets.json',
    ]) {
      const response = await handle(new Request(url));
      expect([400, 403, 404], url).toContain(response.status);
      expect(await response.text()).not.toContain('s3cret');
    }
  });

  it('refuses a symlink inside the build folder that points outside it', async () => {
    const { root, outside } = await buildFolder();
    await fs.symlink(outside, path.join(root, 'assets', 'link.json'));
    const response = await createAppProtocolHandler(
      root,
      realFs,
    )(new Request('app://loupe/assets/link.json'));
    expect(response.status).toBe(403);
  });

  it('refuses methods other than GET and HEAD; HEAD has no body', async () => {
    const { root } = await buildFolder();
    const handle = createAppProtocolHandler(root, realFs);
    expect((await handle(new Request('app://loupe/', { method: 'POST', body: 'x' }))).status).toBe(
      405,
    );
    const head = await handle(new Request('app://loupe/', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('registers app: as standard, secure and fetch-capable, but not CSP-bypassing', () => {
    registerAppScheme(protocol);
    expect(protocol.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('installs the handler on the app scheme', async () => {
    const { root } = await buildFolder();
    setupAppProtocol(protocol, root);
    const handler = protocol.handlers.get('app');
    expect(handler).toBeDefined();
    const response = await handler?.(new Request('app://loupe/index.html'));
    expect(response?.status).toBe(200);
  });
});
