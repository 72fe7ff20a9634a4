/**
 * A static file server for the built renderer (dist/renderer) on 127.0.0.1, used by the e2e tier
 * and `npm run serve:web`. It sends the same Content-Security-Policy the app's `app://` protocol
 * sends, so a page that breaks the shipped policy fails here too, not only in the packaged app —
 * with one difference when a hub is configured (hub-origin.ts): this browser build calls the hub
 * itself, so `connect-src` names that one origin as well.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import {
  CONTENT_SECURITY_POLICY_DIRECTIVES,
  buildContentSecurityPolicy,
} from '../../../electron/security/content-security-policy';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** A running server; `origin` is `http://127.0.0.1:<random port>`. */
export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** The hub origin the page may connect to (an origin `parseHubOrigin` returned), or none. */
  hubOrigin?: string | null;
}

/** The browser build's policy: the app's own, plus the configured hub in `connect-src`. */
export function browserBuildContentSecurityPolicy(hubOrigin: string | null = null): string {
  if (hubOrigin === null) {
    return buildContentSecurityPolicy();
  }
  const connect = CONTENT_SECURITY_POLICY_DIRECTIVES['connect-src'] ?? [];
  return buildContentSecurityPolicy({
    ...CONTENT_SECURITY_POLICY_DIRECTIVES,
    'connect-src': [...connect, hubOrigin],
  });
}

/** Headers sent with every response, errors included (a 404 page must not run script either). */
export function securityHeaders(options: StaticServerOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': browserBuildContentSecurityPolicy(options.hubOrigin ?? null),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  };
}

/**
 * Maps a request path to a file strictly inside `root`, or null. Rejects malformed escapes, NUL
 * bytes and anything that resolves outside the root (`..`, encoded `%2e%2e`, symlinks out).
 */
export async function resolveInside(root: string, requestPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) {
    return null;
  }
  const relative = decoded === '/' || decoded === '' ? '/index.html' : decoded;
  const candidate = resolve(root, `.${relative}`);
  if (!candidate.startsWith(root + sep)) {
    return null;
  }
  try {
    const real = await realpath(candidate);
    return real.startsWith(root + sep) && (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

function sendStatus(
  response: ServerResponse,
  headers: Record<string, string>,
  status: number,
  text: string,
): void {
  response.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}

async function handle(
  root: string,
  headers: Record<string, string>,
  request: IncomingMessage,
  response: ServerResponse,
) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendStatus(response, headers, 405, 'Method Not Allowed');
    return;
  }
  const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
  const file = await resolveInside(root, pathname);
  if (file === null) {
    sendStatus(response, headers, 404, 'Not Found');
    return;
  }
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  response.writeHead(200, { ...headers, 'Content-Type': type });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response);
}

/** Serves `rootDir` on 127.0.0.1 at `port` (0 = a random free port). */
export async function startStaticServer(
  rootDir: string,
  port = 0,
  options: StaticServerOptions = {},
): Promise<StaticServer> {
  const root = await realpath(resolve(rootDir));
  const headers = securityHeaders(options);
  const server = createServer((request, response) => {
    handle(root, headers, request, response).catch(() =>
      sendStatus(response, headers, 500, 'Internal Error'),
    );
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
