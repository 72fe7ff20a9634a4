/**
 * A tiny static server for dist/renderer on 127.0.0.1, for the benchmark runner (plain Node, so it
 * cannot import the e2e tier's TypeScript server). GET/HEAD only, nothing outside the root.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

async function fileFor(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const relative = decoded === '/' || decoded === '' ? '/index.html' : decoded;
  const candidate = resolve(root, `.${relative}`);
  if (decoded.includes('\0') || !candidate.startsWith(root + sep)) {
    return null;
  }
  try {
    const real = await realpath(candidate);
    return real.startsWith(root + sep) && (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

/** Serves `rootDir`; resolves to `{ origin, close() }`. */
export async function startStaticServer(rootDir) {
  const root = await realpath(resolve(rootDir));
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    fileFor(root, pathname)
      .then((file) => {
        if (file === null || (request.method !== 'GET' && request.method !== 'HEAD')) {
          response.writeHead(404, { 'Content-Type': 'text/plain' });
          response.end('Not Found');
          return;
        }
        const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
        response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
        if (request.method === 'HEAD') {
          response.end();
          return;
        }
        createReadStream(file)
          .on('error', () => response.destroy())
          .pipe(response);
      })
      .catch(() => {
        response.writeHead(500);
        response.end();
      });
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
