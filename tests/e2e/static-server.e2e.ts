import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from '../../electron/security/content-security-policy';
import { hubOriginOption, parseHubOrigin, withoutHubOriginFlag } from './support/hub-origin';
import { startStaticServer } from './support/static-server';
import type { StaticServer } from './support/static-server';

/** GET with the path sent byte for byte (fetch would normalise `..` away before sending). */
function rawGet(origin: string, path: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (done, fail) => {
      const req = request(`${origin}/`, { path }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', fail);
      req.end();
    },
  );
}

// The e2e server stands in for the app:// protocol handler, so it keeps the same promises:
// nothing outside the served folder is reachable, and every response carries the CSP.
describe('e2e static server', () => {
  let base: string;
  let server: StaticServer;

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'loupe-static-'));
    await mkdir(join(base, 'site', 'assets'), { recursive: true });
    await writeFile(join(base, 'site', 'index.html'), '<!doctype html><title>ok</title>');
    await writeFile(join(base, 'site', 'assets', 'app.js'), 'export {};');
    await writeFile(join(base, 'secret.txt'), 'outside the root');
    await symlink(join(base, 'secret.txt'), join(base, 'site', 'link.txt'));
    server = await startStaticServer(join(base, 'site'));
  });

  afterAll(async () => {
    await server.close();
    await rm(base, { recursive: true, force: true });
  });

  it('serves index.html at / and assets with their type, CSP and nosniff', async () => {
    const page = await rawGet(server.origin, '/');
    const script = await rawGet(server.origin, '/assets/app.js');

    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>ok</title>');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['content-security-policy']).toBe(buildContentSecurityPolicy());
    expect(script.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/link.txt',
    '/%00index.html',
    '/%E0%A4%A',
    '/assets',
  ])('refuses %s with a 404 that still carries the CSP', async (path) => {
    const response = await rawGet(server.origin, path);

    expect(response.status).toBe(404);
    expect(response.body).not.toContain('outside the root');
    expect(response.headers['content-security-policy']).toBe(buildContentSecurityPolicy());
  });
});

/** The sources of one directive of a served policy. */
function sources(policy: unknown, name: string): string[] | undefined {
  return String(policy)
    .split('; ')
    .find((part) => part.startsWith(`${name} `))
    ?.split(' ')
    .slice(1);
}

// The browser build calls the hub itself (issue 11), so its page may connect to that hub: only
// when one is configured, and only that one origin.
describe('e2e static server with a hub origin', () => {
  let base: string;
  const servers: StaticServer[] = [];

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'loupe-static-hub-'));
    await writeFile(join(base, 'index.html'), '<!doctype html><title>ok</title>');
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
    await rm(base, { recursive: true, force: true });
  });

  const serve = async (hubOrigin: string | null) => {
    const server = await startStaticServer(base, 0, { hubOrigin });
    servers.push(server);
    return server;
  };

  it('names exactly the configured hub in connect-src, on pages and errors alike', async () => {
    const server = await serve(parseHubOrigin('https://hub.example.com:8443/team/'));
    for (const path of ['/', '/missing']) {
      const policy = (await rawGet(server.origin, path)).headers['content-security-policy'];
      expect(sources(policy, 'connect-src')).toEqual(["'self'", 'https://hub.example.com:8443']);
      // Everything else is the app's own policy, unchanged.
      expect(String(policy).replace(' https://hub.example.com:8443', '')).toBe(
        buildContentSecurityPolicy(),
      );
    }
  });

  it("names no hub when none is configured: the app's own policy", async () => {
    const server = await serve(null);
    const policy = (await rawGet(server.origin, '/')).headers['content-security-policy'];
    expect(policy).toBe(buildContentSecurityPolicy());
    expect(sources(policy, 'connect-src')).toEqual(["'self'"]);
  });

  it('takes the hub from --hub-origin, else LOUPE_HUB_ORIGIN, else none', () => {
    const env = { LOUPE_HUB_ORIGIN: 'http://127.0.0.1:8787' };
    expect(hubOriginOption(['4173', '--hub-origin', 'https://a.example/x'], env)).toBe(
      'https://a.example',
    );
    expect(hubOriginOption(['--hub-origin=https://b.example'], {})).toBe('https://b.example');
    expect(hubOriginOption(['4173'], env)).toBe('http://127.0.0.1:8787');
    expect(hubOriginOption([], {})).toBeNull();
    expect(hubOriginOption([], { LOUPE_HUB_ORIGIN: ' ' })).toBeNull();
    expect(withoutHubOriginFlag(['--hub-origin', 'https://a.example', '4173'])).toEqual(['4173']);
    expect(() => hubOriginOption(['--hub-origin'], {})).toThrow(/needs a URL/);
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,x',
    'https://user:pw@hub.example',
    'https://hub.example/?x=1',
    'https://hub.example;script-src *',
    'https://hub.example; script-src https://evil.example',
    "https://hub.example'unsafe-inline'",
    '*',
    '',
  ])('refuses %j as a hub origin', (value) => {
    expect(() => parseHubOrigin(value)).toThrow();
  });

  it('accepts unicode hosts in their ASCII form', () => {
    expect(parseHubOrigin('https://審閱.example')).toBe('https://xn--vdtq85k.example');
  });
});
