/**
 * A real team hub for the sync e2e test (issue 11, point 7): `node --import tsx hub/main.ts serve`
 * on SQLite in a temporary folder, on one fixed port for the whole test — the page's CSP names
 * the hub's origin and every app keeps its address, so a restart must come back where it was.
 * Users are added with the hub's own CLI (`user add … --role …`, the token on the last line);
 * the log is read back over HTTP with a token, and the hub's derived draft states straight from
 * its database, so the test compares the apps with what the hub itself holds.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { sqliteFileIn } from '../../../hub/storage/open-storage';
import type { DraftStatus } from '../../../shared/domain/draft';
import type { LogRecord } from '../../../shared/sync/hub-records';
import { pullResponseSchema } from '../../../shared/sync/pull';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const START_DEADLINE_MS = 30_000;
const KEPT_OUTPUT = 20_000;

/** A port nothing listens on now (the kernel's pick), to give the hub for its whole life. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** The environment of a hub process: ours, without any hub setting that could point elsewhere. */
function hubEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) {
    if (name === 'DATABASE_URL' || name.startsWith('LOUPE_HUB_')) {
      delete env[name];
    }
  }
  return { ...env, LOUPE_HUB_LOG_LEVEL: 'warn' };
}

function spawnHub(args: readonly string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'hub/main.ts', ...args], {
    cwd: ROOT,
    env: hubEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve();
    } else {
      child.once('exit', () => resolve());
    }
  });

export interface HubUserToken {
  name: string;
  token: string;
}

export interface TeamHub {
  /** `http://127.0.0.1:<port>`, the same across restarts. */
  readonly url: string;
  /** Whether a hub process is running now. */
  running(): boolean;
  /** Starts `hub serve` on the data folder and port; resolves once it listens. */
  start(): Promise<void>;
  /** SIGTERM (a clean stop) and waits for the exit. */
  stop(): Promise<void>;
  /** SIGKILL (a crash) and waits for the exit. */
  kill(): Promise<void>;
  /** Runs a hub admin command on the same data folder; rejects unless it exits with 0. */
  cli(args: readonly string[]): Promise<string>;
  /** `user add NAME --role ROLE`: the token printed on the last line. */
  addUser(name: string, role: 'reviewer' | 'lead' | 'evaluator' | 'admin'): Promise<string>;
  /** The whole log as `token` pulls it, page by page. */
  pullAll(token: string): Promise<LogRecord[]>;
  /** Every draft's derived status as the hub holds it (`draft_state`), by draft id. */
  draftStatuses(projectId: string): Map<string, DraftStatus>;
  /** What the processes printed (the last 20 KB), for failure messages. */
  output(): string;
  /** Kills any hub still running and removes the data folder. */
  dispose(): Promise<void>;
}

/** A hub on a fresh SQLite folder that lets `corsOrigin` (the served app) call it. */
export async function createTeamHub(corsOrigin: string, port: number): Promise<TeamHub> {
  const dataDir = await mkdtemp(join(tmpdir(), 'loupe-e2e-hub-'));
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-KEPT_OUTPUT);
  };

  const start = async () => {
    if (child !== null) {
      throw new Error('The hub is running already.');
    }
    const started = spawnHub([
      'serve',
      '--data',
      dataDir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--cors-origin',
      corsOrigin,
      '--rate-limit',
      '100000',
    ]);
    child = started;
    started.once('exit', () => {
      if (child === started) {
        child = null;
      }
    });
    started.stderr?.on('data', keep);
    await new Promise<void>((resolve, reject) => {
      let seen = '';
      const fail = (why: string) => {
        clearTimeout(timer);
        started.kill('SIGKILL');
        reject(new Error(`The hub process ${why}. Its output:\n${output}`));
      };
      const timer = setTimeout(() => fail('did not start in time'), START_DEADLINE_MS);
      const early = (code: number | null, signal: string | null) =>
        fail(`exited (${code ?? signal}) before listening`);
      started.once('exit', early);
      started.stdout?.on('data', (chunk: Buffer) => {
        keep(chunk);
        seen += chunk.toString('utf8');
        if (seen.includes(`Loupe hub listening on ${url}`)) {
          seen = '';
          clearTimeout(timer);
          started.off('exit', early);
          resolve();
        }
      });
    });
  };

  const signal = async (name: NodeJS.Signals) => {
    const current = child;
    if (current === null) {
      throw new Error('The hub is not running.');
    }
    current.kill(name);
    await exited(current);
  };

  const cli = async (args: readonly string[]) => {
    const command = spawnHub([...args, '--data', dataDir]);
    let stdout = '';
    let stderr = '';
    command.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    command.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => command.once('close', resolve));
    if (code !== 0) {
      throw new Error(`hub ${args.join(' ')} exited with ${code}:\n${stdout}${stderr}`);
    }
    return stdout;
  };

  return {
    url,
    running: () => child !== null,
    start,
    stop: () => signal('SIGTERM'),
    kill: () => signal('SIGKILL'),
    cli,
    async addUser(name, role) {
      const printed = await cli(['user', 'add', name, '--role', role]);
      const token = printed.trim().split('\n').pop()?.trim() ?? '';
      if (!/^lp_\S+$/.test(token)) {
        throw new Error(`No token on the last line of \`user add\`:\n${printed}`);
      }
      return token;
    },
    async pullAll(token) {
      const records: LogRecord[] = [];
      for (let after = 0; ;) {
        const response = await fetch(`${url}/v1/sync/pull?after=${after}&limit=1000`, {
          headers: { authorization: `Bearer ${token}` },
        });
        if (!response.ok) {
          throw new Error(`The hub answered the pull with ${response.status}.`);
        }
        const page = pullResponseSchema.parse(await response.json());
        records.push(...page.records);
        after = page.nextCursor;
        if (!page.hasMore) {
          return records;
        }
      }
    },
    draftStatuses(projectId) {
      const db = new Database(sqliteFileIn(dataDir), { readonly: true, fileMustExist: true });
      try {
        const rows = db
          .prepare('SELECT draft_id, status FROM draft_state WHERE project_id = ?')
          .all(projectId) as { draft_id: string; status: DraftStatus }[];
        return new Map(rows.map((row) => [row.draft_id, row.status]));
      } finally {
        db.close();
      }
    },
    output: () => output,
    async dispose() {
      const current = child;
      if (current !== null) {
        current.kill('SIGKILL');
        await exited(current);
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
