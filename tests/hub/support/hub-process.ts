/**
 * Real hub processes for tests (issue 10, points 4 and 6): `node --import tsx hub/main.ts`, as
 * `npm run hub` runs it, on a test database. Starting waits for the "Loupe hub listening on URL"
 * line; every child is killed in afterAll, and its output ends up in failure messages.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import type { DecisionEvent } from '../../../shared/domain/decision-event';
import type { HubStorage } from '../../../hub/storage/storage';
import { pullResponseSchema, type PullResponse } from '../../../shared/sync';
import { testDraft, testEvent, testProject } from './decisions';
import type { DatabaseLocation } from './engines';
import { addTestUser, type TestUser } from './test-hub';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const START_DEADLINE_MS = 30_000;
const EXIT_DEADLINE_MS = 15_000;
const KEPT_OUTPUT = 20_000;

export interface HubProcess {
  url: string;
  child: ChildProcess;
  /** What the process printed so far (the last 20 KB), for failure messages. */
  output(): string;
  /** SIGTERM, then waits for the exit (SIGKILL after 15 s); resolves with the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL, then waits for the exit. */
  kill(): Promise<void>;
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment a hub process or command gets: the test's database, no hub setting of ours. */
function hubEnv(location: DatabaseLocation, extra: Record<string, string> = {}) {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of Object.keys(env)) {
    if (name === 'DATABASE_URL' || name.startsWith('LOUPE_HUB_')) {
      delete env[name];
    }
  }
  return {
    ...env,
    LOUPE_HUB_LOG_LEVEL: 'warn',
    ...(location.databaseUrl === null ? {} : { DATABASE_URL: location.databaseUrl }),
    ...extra,
  };
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve(child.exitCode);
    } else {
      child.once('exit', (code) => resolve(code));
    }
  });

function spawnHub(args: readonly string[], location: DatabaseLocation, extraEnv = {}) {
  return spawn(process.execPath, ['--import', 'tsx', 'hub/main.ts', ...args], {
    cwd: ROOT,
    env: hubEnv(location, extraEnv),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

const running = new Set<ChildProcess>();
process.once('exit', () => running.forEach((child) => child.kill('SIGKILL')));

/**
 * Registers an afterAll that kills every hub this suite started, and returns what starts them.
 * Call it inside a describe.
 */
export function hubProcesses() {
  const mine = new Set<ChildProcess>();
  afterAll(async () => {
    await Promise.all(
      [...mine].map((child) => {
        child.kill('SIGKILL');
        return exited(child);
      }),
    );
  });

  /** Starts `hub serve` on `location` on a free port and waits until it listens. */
  async function start(location: DatabaseLocation, args: string[] = []): Promise<HubProcess> {
    const child = spawnHub(
      ['serve', '--port', '0', '--data', location.dataDir, '--rate-limit', '100000', ...args],
      location,
    );
    mine.add(child);
    running.add(child);
    child.once('exit', () => running.delete(child));
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-KEPT_OUTPUT);
    };
    child.stderr?.on('data', keep);
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => fail('did not start in time'), START_DEADLINE_MS);
      function fail(why: string) {
        clearTimeout(timer);
        child.kill('SIGKILL');
        reject(new Error(`The hub process ${why}. Its output:\n${output}`));
      }
      const early = (code: number | null, signal: string | null) =>
        fail(`exited (${code ?? signal}) before listening`);
      child.once('exit', early);
      child.once('error', (error) => fail(`could not run: ${error.message}`));
      let listening = false;
      child.stdout?.on('data', (chunk: Buffer) => {
        keep(chunk);
        const found = listening ? null : /Loupe hub listening on (http:\/\/\S+)/.exec(output);
        if (found?.[1] !== undefined) {
          listening = true;
          clearTimeout(timer);
          child.off('exit', early);
          resolve(found[1]);
        }
      });
    });
    const kill = async () => {
      child.kill('SIGKILL');
      await exited(child);
    };
    const stop = async () => {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), EXIT_DEADLINE_MS);
      const code = await exited(child);
      clearTimeout(timer);
      return code;
    };
    return { url, child, output: () => output, stop, kill };
  }

  return { start };
}

/** Runs `hub ARGS` (an admin command) as a process on `location` and collects its output. */
export async function runHubCli(
  args: readonly string[],
  location: DatabaseLocation,
  extraEnv: Record<string, string> = {},
): Promise<CliResult> {
  const child = spawnHub(args, location, extraEnv);
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const timer = setTimeout(() => child.kill('SIGKILL'), START_DEADLINE_MS);
  const code = await new Promise<number | null>((resolve) => {
    child.once('close', resolve);
    child.once('error', (error) => {
      stderr += `could not run: ${error.message}\n`;
      resolve(null);
    });
  });
  clearTimeout(timer);
  running.delete(child);
  return { code, stdout, stderr };
}

/** Polls `condition` until it holds (a bound against hangs, not a timing check). */
export async function until(
  condition: () => boolean | Promise<boolean>,
  what: string,
  ms = 10_000,
) {
  const end = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > end) {
      throw new Error(`timed out waiting until ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A JSON request to a hub over HTTP; `status` and the parsed body. */
export async function call<T = unknown>(
  url: string,
  token: string,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text === '' ? null : JSON.parse(text)) as T };
}

/** The whole log as `token` pulls it, page by page, checked against the wire schema. */
export async function pullAll(url: string, token: string): Promise<PullResponse['records']> {
  const records: PullResponse['records'] = [];
  let after = 0;
  for (;;) {
    const answer = await call(url, token, 'GET', `/v1/sync/pull?after=${after}&limit=1000`);
    const page = pullResponseSchema.parse(answer.body);
    records.push(...page.records);
    after = page.nextCursor;
    if (!page.hasMore) {
      return records;
    }
  }
}

export interface Reviewer {
  user: TestUser;
  deviceId: string;
  events: DecisionEvent[];
}

/**
 * Adds a lead, an evaluator and `reviewers` reviewers to a running hub's database, publishes
 * proj-1 with four drafts over HTTP, registers a device per reviewer over HTTP and builds
 * `eventsEach` edits per device (deviceSeq 1…n). The log then holds seqs 1…5.
 */
export async function seedHub(
  storage: HubStorage,
  url: string,
  counts: { reviewers: number; eventsEach: number },
) {
  const lead = await addTestUser(storage, 'lee', 'lead');
  const evaluator = await addTestUser(storage, 'eva', 'evaluator');
  const ok = (answer: { status: number; body: unknown }) => {
    if (answer.status >= 300) {
      throw new Error(`The hub answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    }
  };
  ok(await call(url, lead.token, 'POST', '/v1/projects', testProject()));
  const drafts = ['d-1', 'd-2', 'd-3', 'd-4'];
  ok(
    await call(url, lead.token, 'POST', '/v1/projects/proj-1/drafts', {
      drafts: drafts.map((id) => testDraft(id)),
    }),
  );
  const reviewers: Reviewer[] = [];
  for (let r = 0; r < counts.reviewers; r += 1) {
    const user = await addTestUser(storage, `reviewer-${r}`, 'reviewer');
    const deviceId = `device-${r}`;
    ok(await call(url, user.token, 'POST', '/v1/devices', { deviceId }));
    const events: DecisionEvent[] = [];
    for (let n = 1; n <= counts.eventsEach; n += 1) {
      events.push(
        await testEvent({
          kind: 'edit',
          payload: { finalText: `裁決 ${r}-${n}` },
          reviewerId: user.id,
          deviceId,
          deviceSeq: n,
          draftId: drafts[n % drafts.length],
        }),
      );
    }
    reviewers.push({ user, deviceId, events });
  }
  return { lead, evaluator, reviewers };
}
