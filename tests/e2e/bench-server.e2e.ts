import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from '../../electron/security/content-security-policy';
import { startStaticServer as startBenchServer } from '../bench/static-server.mjs';

// The bench measures the build as the app runs it: under the app's CSP (issue 12 point 23), so a
// page that needs eval or inline script fails in the bench instead of being measured.
describe('the bench server', () => {
  let base: string;
  let server: Awaited<ReturnType<typeof startBenchServer>>;

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'loupe-bench-static-'));
    await mkdir(join(base, 'assets'), { recursive: true });
    await writeFile(join(base, 'index.html'), '<!doctype html><title>bench</title>');
    await writeFile(join(base, 'assets', 'app.js'), 'export {};');
    server = await startBenchServer(base);
  });

  afterAll(async () => {
    await server.close();
    await rm(base, { recursive: true, force: true });
  });

  it('sends the app’s Content-Security-Policy with the page, its scripts and a 404', async () => {
    for (const path of ['/', '/assets/app.js', '/missing.js']) {
      const response = await fetch(`${server.origin}${path}`);
      expect(response.headers.get('content-security-policy')).toBe(buildContentSecurityPolicy());
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(await (await fetch(`${server.origin}/`)).text()).toContain('<title>bench</title>');
  });
});
