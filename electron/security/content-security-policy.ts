/**
 * The renderer's Content-Security-Policy (DESIGN.md, Security: "a strict CSP").
 *
 * Sent as a response header by the `app://` protocol handler, and by the e2e test server, so the
 * tests run the renderer under the very policy the app ships with. Drafts are untrusted text: no
 * inline script, no eval, no remote origins, no plugins, no framing, no form posts.
 */
export const CONTENT_SECURITY_POLICY_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  // React writes `style` through the CSSOM, which CSP allows without 'unsafe-inline'.
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-src': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** The policy as one header value. */
export function buildContentSecurityPolicy(
  directives: Readonly<Record<string, readonly string[]>> = CONTENT_SECURITY_POLICY_DIRECTIVES,
): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
