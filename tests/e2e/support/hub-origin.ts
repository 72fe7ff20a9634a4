/**
 * The one hub the browser build may call (issue 11): the browser bridge calls the hub with
 * `fetch`, so the page's CSP `connect-src` must name the hub's origin — that origin and nothing
 * more. Electron's own policy keeps `connect-src 'self'`: there main makes the calls.
 *
 * Configured with `--hub-origin <url>` (or `--hub-origin=<url>`) or `LOUPE_HUB_ORIGIN`; the flag
 * wins. Without either the served policy is the app's own, unchanged.
 */
import { checkHubUrl, hubOrigin } from '../../../shared/sync/hub-url';

/**
 * An origin as it may stand in a CSP source list: scheme, host (a DNS name, IPv4 or bracketed
 * IPv6) and port. The URL parser lets characters like `;` through in hosts, and one of those
 * would end `connect-src` and start a directive of its own.
 */
const CSP_ORIGIN = /^https?:\/\/(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

/** The origin of the hub address `value`, checked for a CSP; throws when it is not one. */
export function parseHubOrigin(value: string): string {
  const checked = checkHubUrl(value);
  if (!checked.ok) {
    throw new Error(`Not a hub address (${checked.problem}): ${JSON.stringify(value)}`);
  }
  const origin = hubOrigin(checked.url);
  if (!CSP_ORIGIN.test(origin)) {
    throw new Error(`Not an origin a Content-Security-Policy can name: ${JSON.stringify(value)}`);
  }
  return origin;
}

/** The hub origin configured by `argv` (flag) or `env`, or null when neither names one. */
export function hubOriginOption(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): string | null {
  let value: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--hub-origin') {
      value = argv[index + 1];
      if (value === undefined) {
        throw new Error('--hub-origin needs a URL');
      }
      index += 1;
    } else if (arg.startsWith('--hub-origin=')) {
      value = arg.slice('--hub-origin='.length);
    }
  }
  value ??= env.LOUPE_HUB_ORIGIN;
  return value === undefined || value.trim() === '' ? null : parseHubOrigin(value);
}

/** `argv` without the `--hub-origin` flag and its value (what is left: the port). */
export function withoutHubOriginFlag(argv: readonly string[]): string[] {
  const rest: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--hub-origin') {
      index += 1;
    } else if (!arg.startsWith('--hub-origin=')) {
      rest.push(arg);
    }
  }
  return rest;
}
