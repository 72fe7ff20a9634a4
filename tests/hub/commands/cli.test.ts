/**
 * The hub's command line as an admin meets it (README "Running a team hub", issue 10): the real
 * `hub/main.ts` run as a process. Every command has a --help that describes it; `user add`
 * prints a token alone on the last line that works at once against a running hub; a misuse
 * says `error: …` and exits 1, without a stack trace and without writing anything.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeEachEngine, type DatabaseLocation } from '../support/engines';
import { call, hubProcesses, runHubCli, type CliResult } from '../support/hub-process';

const TOKEN = /^lp_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/;
const STACK = /^\s+at /m;

/** Every command and subcommand, with words of its description. */
const COMMANDS: [string, RegExp][] = [
  ['', /The Loupe team hub/],
  ['serve', /Start the hub/],
  ['user', /Add, list and revoke users/],
  ['user add', /prints their token once/],
  ['user list', /List users/],
  ['user revoke', /Revoke a user's token/],
  ['user token', /Issue a new token/],
  ['user role', /Change what a user may do/],
  ['backup', /consistent copy of the database/],
  ['restore', /Replace the database with a backup/],
  ['import', /Publish drafts from/],
  ['status', /Show where the database is/],
];

/** The names under "Commands:" in a help text (without commander's own `help`). */
const listedCommands = (help: string) =>
  [...(help.split('Commands:')[1] ?? '').matchAll(/^ {2}(\w+)/gm)]
    .map((match) => match[1])
    .filter((name) => name !== 'help');

const lastLine = (text: string) => text.trimEnd().split('\n').at(-1) ?? '';

const misuse = (result: CliResult, message: RegExp) => {
  expect(result.code, result.stdout + result.stderr).toBe(1);
  expect(result.stderr).toMatch(/^error: /m);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(STACK);
  expect(result.stdout).not.toMatch(/lp_[0-9a-f]{16}_/);
};

describe('hub --help and misuse of the command line', () => {
  const nowhere = mkdtempSync(join(tmpdir(), 'loupe-cli-'));
  afterAll(() => rmSync(nowhere, { recursive: true, force: true }));
  const location: DatabaseLocation = { dataDir: nowhere, databaseUrl: null };
  const helps = new Map<string, Promise<CliResult>>();
  const help = (command: string) => {
    const known =
      helps.get(command) ??
      runHubCli([...command.split(' ').filter(Boolean), '--help', '--data', nowhere], location);
    helps.set(command, known);
    return known;
  };

  it.concurrent.for(COMMANDS)(
    'hub %s --help exits 0 and describes it',
    async ([command, words], { expect }) => {
      const result = await help(command);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain(`Usage: hub ${command}`.trimEnd());
      expect(result.stdout).toMatch(words);
      expect(result.stderr).toBe('');
    },
  );

  it('lists exactly the commands tested here', async () => {
    const [root, user] = await Promise.all([help(''), help('user')]);
    const tested = (prefix: string) =>
      COMMANDS.map(([command]) => command.split(' '))
        .filter((words) => words.length === (prefix === '' ? 1 : 2) && words[0] !== '')
        .filter((words) => prefix === '' || words[0] === prefix)
        .map((words) => words.at(-1));
    expect(listedCommands(root.stdout).sort()).toEqual(tested('').sort());
    expect(listedCommands(user.stdout).sort()).toEqual(tested('user').sort());
  });

  it('refuses an unknown command, a missing argument, a bad role or port before opening a database', async () => {
    const [unknown, noName, badRole, badPort] = await Promise.all([
      runHubCli(['frobnicate', '--data', nowhere], location),
      runHubCli(['user', 'add', '--role', 'lead', '--data', nowhere], location),
      runHubCli(['user', 'add', 'mei', '--role', 'boss', '--data', nowhere], location),
      runHubCli(['serve', '--port', 'eighty', '--data', nowhere], location),
    ]);
    misuse(unknown, /frobnicate|argument/);
    misuse(noName, /missing required argument 'name'/);
    misuse(badRole, /boss.*invalid.*reviewer, lead, evaluator, admin/);
    misuse(badPort, /port must be a whole number/);
    expect(readdirSync(nowhere)).toEqual([]);
  });
});

describeEachEngine('the hub command line', (engine) => {
  const hubs = hubProcesses();
  const cli = (location: DatabaseLocation, ...args: string[]) =>
    runHubCli([...args, '--data', location.dataDir], location);

  it('user add prints a token alone on the last line that works at once on a running hub; misuses write nothing', async () => {
    const location = await engine.freshLocation();
    const hub = await hubs.start(location);
    const added = await cli(location, 'user', 'add', 'Rita Chen', '--role', 'reviewer');
    expect(added.code, added.stderr).toBe(0);
    const token = lastLine(added.stdout);
    expect(token).toMatch(TOKEN);
    expect(added.stdout.split(token)).toHaveLength(2); // shown once
    expect(added.stdout).toContain('Added reviewer "Rita Chen"');

    const hello = await call<{ user: unknown }>(hub.url, token, 'GET', '/v1/sync/hello');
    expect(hello.status).toBe(200);
    expect(hello.body.user).toMatchObject({ name: 'Rita Chen', role: 'reviewer' });

    const [noRole, nobody] = await Promise.all([
      cli(location, 'user', 'add', 'mei'),
      cli(location, 'user', 'revoke', 'nobody'),
    ]);
    misuse(noRole, /--role reviewer\|lead\|evaluator\|admin/);
    misuse(nobody, /There is no user named "nobody"/);

    const listed = await cli(location, 'user', 'list');
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toMatch(/Rita Chen\s+reviewer\s+active/);
    expect(listed.stdout).not.toContain('mei');
    expect(listed.stdout).not.toContain(token);

    const revoked = await cli(location, 'user', 'revoke', 'Rita Chen');
    expect(revoked.code, revoked.stderr).toBe(0);
    expect((await call(hub.url, token, 'GET', '/v1/sync/hello')).status).toBe(401);
    expect(await hub.stop(), hub.output()).toBe(0);
  });

  it.runIf(engine.name === 'postgres')(
    'names an unusable DATABASE_URL without its password or a stack trace',
    async () => {
      const url = new URL(process.env.TEST_DATABASE_URL ?? '');
      url.password = 'hunter2-secret';
      url.pathname = '/loupe_no_such_database';
      const result = await runHubCli(['status'], {
        dataDir: tmpdir(),
        databaseUrl: url.toString(),
      });
      misuse(result, /cannot use the PostgreSQL database in DATABASE_URL/);
      expect(result.stdout + result.stderr).not.toContain('hunter2-secret');
    },
  );
});
