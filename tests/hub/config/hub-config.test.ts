import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { ConfigError, isLoopback, resolveHubConfig } from '../../../hub/config/hub-config';

describe('hub settings', () => {
  it('defaults to 127.0.0.1:8787 and ./hub-data on SQLite, with no CORS origins', () => {
    expect(resolveHubConfig({}, {})).toEqual({
      host: '127.0.0.1',
      port: 8787,
      dataDir: resolve('hub-data'),
      databaseUrl: null,
      corsOrigins: [],
      rateLimitPerMinute: 1200,
      trustProxy: false,
      logLevel: 'info',
    });
  });

  it('takes the variables SYNC.md names, and flags over variables', () => {
    const env = {
      LOUPE_HUB_HOST: '0.0.0.0',
      LOUPE_HUB_PORT: '9000',
      LOUPE_HUB_DATA: '/srv/hub',
      DATABASE_URL: 'postgres://hub:secret@db/hub',
      LOUPE_HUB_CORS_ORIGINS: 'https://loupe.example.com, http://localhost:5173',
    };
    const fromEnv = resolveHubConfig({}, env);
    expect(fromEnv).toMatchObject({
      host: '0.0.0.0',
      port: 9000,
      dataDir: '/srv/hub',
      databaseUrl: 'postgres://hub:secret@db/hub',
      corsOrigins: ['https://loupe.example.com', 'http://localhost:5173'],
    });
    const fromFlags = resolveHubConfig(
      { host: '127.0.0.2', port: '9001', data: '/tmp/x', corsOrigin: ['https://a.example'] },
      env,
    );
    expect(fromFlags).toMatchObject({
      host: '127.0.0.2',
      port: 9001,
      dataDir: '/tmp/x',
      corsOrigins: ['https://a.example'],
    });
  });

  it.each([
    [{ port: '70000' }, {}, /port must be a whole number from 0 to 65535/],
    [{ port: '80a' }, {}, /port must be a whole number/],
    [{ corsOrigin: ['*'] }, {}, /any web page/],
    [{ corsOrigin: ['https://a.example/path'] }, {}, /scheme, host and port only/],
    [{ corsOrigin: ['not a url'] }, {}, /is not an origin/],
    [{}, { DATABASE_URL: 'mysql://x' }, /postgres:\/\/ or postgresql:\/\//],
    [{ rateLimit: '0' }, {}, /rate limit/],
    [{}, { LOUPE_HUB_LOG_LEVEL: 'loud' }, /LOUPE_HUB_LOG_LEVEL/],
  ])('refuses %j %j with a message that says what is wrong', (flags, env, message) => {
    expect(() => resolveHubConfig(flags, env)).toThrow(ConfigError);
    expect(() => resolveHubConfig(flags, env)).toThrow(message);
  });

  it('never repeats a database password in its refusal', () => {
    expect(() => resolveHubConfig({}, { DATABASE_URL: 'mysql://u:hunter2@db/x' })).toThrow(
      /^(?!.*hunter2)/,
    );
  });

  it('tells loopback from reachable addresses', () => {
    expect(['127.0.0.1', 'localhost', '::1', '127.1.2.3'].every(isLoopback)).toBe(true);
    expect(['0.0.0.0', '10.0.0.5', '::'].some(isLoopback)).toBe(false);
  });
});
