/**
 * The `app://` request handler as a plain function of its file-system effects, so the whole
 * request → response path is tested in Node with real temp folders.
 */
import path from 'node:path';
import { buildContentSecurityPolicy } from '../security/content-security-policy';
import { contentTypeFor } from './mime-types';
import { resolveAppRequest } from './resolve-app-request';

/** The file-system effects the handler needs (node:fs/promises in the app). */
export interface AppProtocolFs {
  readFile(filePath: string): Promise<Uint8Array<ArrayBuffer>>;
  /** Resolves symlinks, so a link inside the build folder cannot serve a file outside it. */
  realpath(filePath: string): Promise<string>;
}

/** Headers on every response, errors included (DESIGN.md, Security: "a strict CSP"). */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': buildContentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}

function statusResponse(status: number): Response {
  return new Response(null, { status, headers: securityHeaders() });
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * Builds the handler for `protocol.handle('app', ...)`: GET/HEAD only; files under `rootDir`
 * with their Content-Type, the CSP and `nosniff`; 400/403/404/405 otherwise.
 */
export function createAppProtocolHandler(
  rootDir: string,
  fs: AppProtocolFs,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return statusResponse(405);
    }
    const resolution = resolveAppRequest(request.url, rootDir);
    if (!resolution.ok) {
      return statusResponse(resolution.status);
    }
    let body: Uint8Array<ArrayBuffer>;
    try {
      const [realRoot, realFile] = await Promise.all([
        fs.realpath(rootDir),
        fs.realpath(resolution.filePath),
      ]);
      if (!isInside(realRoot, realFile)) {
        return statusResponse(403);
      }
      body = await fs.readFile(realFile);
    } catch {
      // Missing file, a directory, or unreadable: the renderer learns nothing about the disk.
      return statusResponse(404);
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...securityHeaders(), 'Content-Type': contentTypeFor(resolution.filePath) },
    });
  };
}
