/**
 * `loupe-export` (issue 13 point 6) as a user runs it: the bin as a child process against a
 * real hub process, on both engines. Files land under their names only once verified, their
 * hashes match the manifest, the records are the shared writers' for the same drafts, a second
 * pull gives the same bytes, and each failure exits with the code `--help` documents.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportManifest } from '../../../shared/export';
import { describeEachEngine } from '../support/engines';
import { testEvent } from '../support/decisions';
import {
  EDITED_ZH,
  EXPORT_PROJECT_ID,
  expectedFiles,
  expectedItems,
  seedExport,
  type SeededExport,
} from '../support/export-seed';
import { call, hubProcesses, type CliResult } from '../support/hub-process';
import { addTestUser, type TestUser } from '../support/test-hub';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const folders: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'loupe-export-test-'));
  folders.push(dir);
  return dir;
};
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Runs `node bin/loupe-export.mjs ARGS` as `npm run export` does. */
function loupeExport(args: readonly string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['bin/loupe-export.mjs', ...args], {
    cwd: ROOT,
    env: { ...process.env, LOUPE_TOKEN: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise<CliResult>((resolve) => {
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const readManifest = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ExportManifest;

/** A port nothing listens on (taken, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describeEachEngine('loupe-export against a hub process', (engine) => {
  const hubs = hubProcesses();
  let url: string;
  let evaluator: TestUser;
  let reviewer: TestUser;
  let tokenFile: string;
  let seeded: SeededExport;
  let names: Record<string, string>;

  beforeAll(async () => {
    const location = await engine.freshLocation();
    url = (await hubs.start(location)).url;
    const storage = engine.open(location);
    const lead = await addTestUser(storage, 'lee', 'lead');
    evaluator = await addTestUser(storage, 'eva', 'evaluator');
    reviewer = await addTestUser(storage, 'rita', 'reviewer');
    names = Object.fromEntries([lead, evaluator, reviewer].map((user) => [user.id, user.name]));
    const as = (user: TestUser) => (method: 'GET' | 'POST', path: string, payload?: unknown) =>
      call(url, user.token, method, path, payload);
    seeded = await seedExport(as(lead), as(reviewer), reviewer.id);
    tokenFile = join(tempDir(), 'token');
    writeFileSync(tokenFile, `${evaluator.token}\n`, { mode: 0o600 });
  });

  it('pulls a split set: verified files, the manifest, the shared writers’ records, a summary', async () => {
    const out = join(tempDir(), 'set');
    const args = ['--hub', url, '--token-file', tokenFile, '--all', '--split', '0.5'];
    const result = await loupeExport([...args, '--salt', 's1', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['manifest.json', 'test.jsonl', 'train.jsonl']);
    const manifest = readManifest(out);
    for (const file of manifest.files) {
      const bytes = readFileSync(join(out, file.name));
      expect({ bytes: bytes.byteLength, sha256: sha256(bytes) }).toEqual({
        bytes: file.bytes,
        sha256: file.sha256,
      });
    }
    const expected = await expectedFiles(expectedItems(seeded.drafts, seeded.events), {
      format: 'loupe',
      filters: { includeAll: true },
      split: { testRatio: 0.5, salt: 's1' },
      seq: manifest.source.kind === 'hub' ? manifest.source.seq : -1,
      names,
    });
    for (const [name, bytes] of expected.files) {
      expect(readFileSync(join(out, name)).equals(bytes), name).toBe(true);
    }
    expect(
      readFileSync(join(out, 'train.jsonl'), 'utf8') +
        readFileSync(join(out, 'test.jsonl'), 'utf8'),
    ).toContain(EDITED_ZH);
    expect(result.stdout).toContain('Exported 5 records as loupe from hub seq');
    const { train, test } = manifest.counts.bySplit ?? { train: 0, test: 0 };
    expect(train + test).toBe(5);
    const bySplit = [train > 0 ? `train ${train}` : '', test > 0 ? `test ${test}` : '']
      .filter((part) => part !== '')
      .join(', ');
    expect(result.stdout).toContain(`by split:    ${bySplit}`);
    expect(result.stdout).toContain('left out:    none');
    expect(result.stderr).toMatch(
      /train\.jsonl: .+ B in .+ s, \d+ rows \(.+ rows\/s\), SHA-256 ok/,
    );
    expect(result.stderr).not.toContain(evaluator.token);
  });

  it('gives byte-identical files when the same set is pulled twice', async () => {
    const pull = async () => {
      const out = join(tempDir(), 'parquet');
      const result = await loupeExport(
        ['--hub', url, '--format', 'parquet', '--decision', 'edited', '--out', out],
        { LOUPE_TOKEN: evaluator.token },
      );
      expect(result.code, result.stderr).toBe(0);
      return out;
    };
    const [first, second] = [await pull(), await pull()];
    for (const name of ['data.parquet', 'manifest.json']) {
      expect(readFileSync(join(first, name)).equals(readFileSync(join(second, name))), name).toBe(
        true,
      );
    }
    expect(readManifest(first).counts.records).toBe(2);
  });

  it('pulls nothing new after the manifest’s own seq', async () => {
    const out = join(tempDir(), 'incremental');
    const whole = await loupeExport(['--hub', url, '--token-file', tokenFile, '--out', out]);
    const seq = readManifest(out).source;
    expect(whole.code).toBe(0);
    const again = join(tempDir(), 'after');
    const none = await loupeExport([
      '--hub',
      url,
      '--token-file',
      tokenFile,
      '--after',
      String(seq.kind === 'hub' ? seq.seq : 0),
      '--out',
      again,
    ]);
    expect(none.code, none.stderr).toBe(0);
    expect(readFileSync(join(again, 'data.jsonl')).byteLength).toBe(0);
    expect(none.stdout).toContain('Exported 0 records');
  });

  it('exits 3 with a clear reason for a reviewer’s token, writing nothing', async () => {
    const out = join(tempDir(), 'refused');
    const result = await loupeExport(['--hub', url, '--out', out], {
      LOUPE_TOKEN: reviewer.token,
    });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/reviewer may not use this route/);
    expect(result.stderr).toMatch(/evaluator, lead or admin token/);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(() => readdirSync(out)).toThrow();
  });

  it('exits 2 for a bad flag or value, naming it', async () => {
    const unknown = await loupeExport(['--hub', url, '--out', tempDir(), '--token', 'x']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown option '--token'");
    const badValue = await loupeExport(['--hub', url, '--out', tempDir(), '--decision', 'maybe'], {
      LOUPE_TOKEN: evaluator.token,
    });
    expect(badValue.code).toBe(2);
    expect(badValue.stderr).toContain('--decision: "maybe" is not a decision');
    const badSplit = await loupeExport(['--hub', url, '--out', tempDir(), '--split', '2'], {
      LOUPE_TOKEN: evaluator.token,
    });
    expect(badSplit.code).toBe(2);
  });
  // Last: it adds a decision to the hub.
  it('reproduces an earlier set byte for byte with --up-to after the hub moved on', async () => {
    const pull = async (extra: string[]) => {
      const out = join(tempDir(), 'up-to');
      const result = await loupeExport(
        ['--hub', url, '--token-file', tokenFile, '--all', '--out', out, ...extra],
        {},
      );
      expect(result.code, result.stderr).toBe(0);
      return out;
    };
    const before = await pull([]);
    const source = readManifest(before).source;
    const seq = source.kind === 'hub' ? source.seq : -1;
    const approve = await testEvent({
      kind: 'approve',
      payload: {},
      reviewerId: reviewer.id,
      deviceId: 'device-export',
      deviceSeq: 5,
      projectId: EXPORT_PROJECT_ID,
      draftId: 'd-b',
    });
    const pushed = await call(url, reviewer.token, 'POST', '/v1/sync/push', {
      deviceId: 'device-export',
      events: [approve],
    });
    expect(pushed.status).toBe(200);

    const again = await pull(['--up-to', String(seq)]);
    const now = await pull([]);
    for (const name of ['data.jsonl', 'manifest.json']) {
      expect(readFileSync(join(again, name)).equals(readFileSync(join(before, name))), name).toBe(
        true,
      );
    }
    expect(
      readFileSync(join(now, 'data.jsonl')).equals(readFileSync(join(before, 'data.jsonl'))),
    ).toBe(false);
    expect(readManifest(now).source).toEqual({ kind: 'hub', seq: seq + 1 });
  });
});

describe('loupe-export without a working hub', () => {
  let fake: Server;
  let fakeUrl: string;
  beforeAll(async () => {
    // Answers a manifest whose hash no file can match; for sft, cuts the file short.
    fake = createServer((request, response) => {
      const format = /\/v1\/exports\/(\w+)/.exec(request.url ?? '')?.[1] ?? 'loupe';
      if (request.url?.includes('/manifest') === true) {
        response.setHeader('content-type', 'application/json');
        response.end(
          JSON.stringify({
            format,
            source: { kind: 'hub', seq: 3 },
            counts: { records: 1, byDecision: { approved: 1 } },
            excluded: {},
            query: '',
            files: [{ name: 'data.jsonl', bytes: 3, sha256: '0'.repeat(64) }],
          }),
        );
      } else if (format === 'sft') {
        response.writeHead(200, { 'x-loupe-export-seq': '3', 'content-length': '1000' });
        response.write('{"messages":', () => response.destroy());
      } else {
        response.setHeader('x-loupe-export-seq', '3');
        response.end('{}\n');
      }
    });
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    fakeUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => fake.close(resolve)));

  it('exits 4 when the hub cannot be reached', async () => {
    const result = await loupeExport(
      ['--hub', `http://127.0.0.1:${await closedPort()}`, '--out', tempDir()],
      { LOUPE_TOKEN: 'lp_x' },
    );
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/cannot reach the hub .*ECONNREFUSED/);
  });

  it('exits 5 when a file does not match the manifest, leaving no file behind', async () => {
    const out = tempDir();
    const result = await loupeExport(['--hub', fakeUrl, '--out', out], { LOUPE_TOKEN: 'lp_x' });
    expect(result.code).toBe(5);
    expect(result.stderr).toContain('data.jsonl does not match the manifest');
    expect(readdirSync(out)).toEqual([]);
  });

  it('exits 4 when the hub cuts a file short, leaving no file behind', async () => {
    const out = tempDir();
    const result = await loupeExport(['--hub', fakeUrl, '--format', 'sft', '--out', out], {
      LOUPE_TOKEN: 'lp_x',
    });
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('the hub cut the download of data.jsonl short');
    expect(readdirSync(out)).toEqual([]);
  });

  it('exits 3 without a token', async () => {
    const result = await loupeExport(['--hub', fakeUrl, '--out', tempDir()]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('no token: pass --token-file FILE or set LOUPE_TOKEN');
  });
});
