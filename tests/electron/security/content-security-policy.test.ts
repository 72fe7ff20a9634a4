import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from '../../../electron/security/content-security-policy';

describe('buildContentSecurityPolicy', () => {
  const policy = buildContentSecurityPolicy();
  const directive = (name: string) =>
    policy
      .split('; ')
      .find((part) => part.startsWith(`${name} `))
      ?.slice(name.length + 1);

  it('allows script only from our own origin: no inline, no eval, no remote hosts', () => {
    expect(directive('script-src')).toBe("'self'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|https?:|\*/);
  });

  it('denies by default and forbids plugins, framing, base and form hijacks', () => {
    expect(directive('default-src')).toBe("'none'");
    expect(directive('object-src')).toBe("'none'");
    expect(directive('frame-ancestors')).toBe("'none'");
    expect(directive('frame-src')).toBe("'none'");
    expect(directive('base-uri')).toBe("'none'");
    expect(directive('form-action')).toBe("'none'");
  });

  it("lets the page connect to its own origin only: main makes the hub's calls", () => {
    expect(directive('connect-src')).toBe("'self'");
  });
});
