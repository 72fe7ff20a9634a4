import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from '../../electron/security/content-security-policy';
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
