/**
 * The statistics worker's message protocol (issue 14 point 4), through its handler function:
 * a run answers with the statistics of the filters and the values to filter by, a newer run
 * replaces an older one not yet started, the store is read once and again only on `reload`,
 * the disagreements come back as JSON Lines, and a failed read is an `error` answer. Edit rates
 * are read from the store with the drafts and written back, once each, after the answer.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { computeStatistics, editRateKey } from '../../../../shared/stats/compute-statistics';
import type { FromStatsWorker } from '../../../../renderer/stores/lead/statistics/statistics-protocol';
import { DISAGREEMENTS_SHOWN } from '../../../../renderer/stores/lead/statistics/statistics-protocol';
import {
  createStatsWorkerHandler,
  disagreementDigest,
  type StatsWorkerDeps,
} from '../../../../renderer/stores/lead/statistics/statistics-worker-handler';
import { teamWeek } from '../../../shared/stats/support/team-week';

type RateDeps = Pick<StatsWorkerDeps, 'loadEditRates' | 'saveEditRates'>;

function harness(load = vi.fn(() => Promise.resolve(teamWeek())), rateDeps: RateDeps = {}) {
  const posted: FromStatsWorker[] = [];
  const queue: (() => void)[] = [];
  const handle = createStatsWorkerHandler({
    load,
    post: (message) => posted.push(message),
    defer: (task) => queue.push(task),
    ...rateDeps,
  });
  /** Runs the deferred turns, then lets the reads and computations settle. */
  const settle = async () => {
    while (queue.length > 0) {
      queue.shift()?.();
    }
    await vi.waitFor(() => expect(load).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { handle, posted, settle, load };
}

describe('the statistics worker', () => {
  it('answers a run with the statistics of its filters and every value to filter by', async () => {
    const { handle, posted, settle } = harness();
    handle({ type: 'run', id: 1, dbName: 'db', filters: { projects: ['p1'] } });
    await settle();
    expect(posted).toHaveLength(1);
    const answer = posted[0];
    if (answer?.type !== 'result') {
      throw new Error(`expected a result, got ${answer?.type}`);
    }
    expect(answer.id).toBe(1);
    // p1 holds d1 and d2: e01 approve, e02 edit, e04 escalate, e05 skip (e06 retracted).
    expect(answer.statistics.decisions.overall.counts).toEqual({
      approve: 1,
      edit: 1,
      escalate: 1,
      skip: 1,
      total: 4,
    });
    expect(answer.statistics.filters).toEqual({ projects: ['p1'] });
    // The choices ignore the filters: p2 and its reviewer stay selectable.
    expect(answer.choices.projects).toEqual(['p1', 'p2']);
    expect(answer.choices.reviewers).toEqual(expect.arrayContaining(['ann', 'bob', 'cat']));
    expect(answer.choices.guidelinesVersions).toEqual([1, 2]);
    expect(answer.choices.firstDay).toBe('2026-12-07');
  });

  it('computes only the newest of runs that arrive before it starts', async () => {
    const { handle, posted, settle } = harness();
    handle({ type: 'run', id: 1, dbName: 'db', filters: {} });
    handle({ type: 'run', id: 2, dbName: 'db', filters: { reviewers: ['cat'] } });
    await settle();
    expect(posted.map((message) => message.id)).toEqual([2]);
    const answer = posted[0];
    expect(answer?.type === 'result' && answer.statistics.decisions.overall.counts.total).toBe(1);
  });

  it('reads the store once, and again when a run asks to reload', async () => {
    const { handle, settle, load } = harness();
    handle({ type: 'run', id: 1, dbName: 'db', filters: {} });
    await settle();
    handle({ type: 'run', id: 2, dbName: 'db', filters: { models: ['m'] } });
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    handle({ type: 'run', id: 3, dbName: 'db', filters: {}, reload: true });
    await settle();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('answers a JSON Lines request even while runs replace each other', async () => {
    const { handle, posted, settle } = harness();
    handle({ type: 'run', id: 1, dbName: 'db', filters: {} });
    handle({
      type: 'jsonl',
      id: 2,
      dbName: 'db',
      filters: {},
      disagreements: {},
      names: { bob: 'Bob Chen' },
    });
    await settle();
    const jsonl = posted.find((message) => message.type === 'jsonl');
    if (jsonl?.type !== 'jsonl') {
      throw new Error('no JSON Lines answer');
    }
    // d1: ann approved, bob edited — one reviewer disagreement, one line.
    expect(jsonl.lines).toBe(1);
    const line = JSON.parse(jsonl.text.trim()) as { kind: string; id: string };
    expect(line).toMatchObject({ kind: 'reviewers', id: 'd1' });
    // The page's names of the team reach the lines: bob named, ann (unknown) by id only.
    expect(jsonl.text).toContain('"id":"bob","name":"Bob Chen"');
    expect(jsonl.text).not.toContain('"id":"ann","name"');
    expect(posted.some((message) => message.type === 'result' && message.id === 1)).toBe(true);
  });

  it('answers a failed read with an error, and reads again next time', async () => {
    const load = vi
      .fn()
      .mockRejectedValueOnce(new Error('The database is gone'))
      .mockResolvedValue(teamWeek());
    const { handle, posted, settle } = harness(load);
    handle({ type: 'run', id: 1, dbName: 'db', filters: {} });
    await settle();
    expect(posted).toEqual([{ type: 'error', id: 1, message: 'The database is gone' }]);
    handle({ type: 'run', id: 2, dbName: 'db', filters: {} });
    await settle();
    expect(posted[1]?.type).toBe('result');
  });
});

describe('the disagreements the page gets', () => {
  it('keeps the list in the worker: a run answers with its count, filter values and first rows', () => {
    const many = Array.from({ length: 450 }, (_, n) => ({
      kind: n % 3 === 0 ? ('judge' as const) : ('reviewers' as const),
      projectId: 'p1',
      draftId: `d-${String(n).padStart(3, '0')}`,
      modelVersion: n % 2 === 0 ? 'gpt@1' : 'gpt@2',
      promptVersion: 'v1',
      reviewerIds: n % 5 === 0 ? ['ann', 'bob'] : ['cat'],
    }));
    const all = many as unknown as Parameters<typeof disagreementDigest>[0];
    const digest = disagreementDigest(all);
    expect(digest.count).toBe(450);
    expect(digest.rows).toHaveLength(DISAGREEMENTS_SHOWN);
    expect(digest.rows[0]?.draftId).toBe('d-000');
    expect(digest.reviewers).toEqual(['ann', 'bob', 'cat']);
    expect(digest.modelVersions).toEqual(['gpt@1', 'gpt@2']);

    const judgeOnOne = disagreementDigest(all, { kinds: ['judge'], modelVersions: ['gpt@1'] });
    expect(judgeOnOne.count).toBe(75); // n ≡ 0 (mod 6)
    expect(judgeOnOne.rows.every((row) => row.kind === 'judge')).toBe(true);
    // The filters' values still come from the whole list.
    expect(judgeOnOne.reviewers).toEqual(['ann', 'bob', 'cat']);
  });

  it('answers a request for the filtered list with its digest, from the last run', async () => {
    const { handle, posted, settle, load } = harness();
    handle({ type: 'run', id: 1, dbName: 'db', filters: {} });
    await settle();
    const run = posted[0];
    if (run?.type !== 'result') {
      throw new Error(`expected a result, got ${run?.type}`);
    }
    expect(Array.isArray(run.statistics.disagreements)).toBe(false);
    handle({
      type: 'disagreements',
      id: 2,
      dbName: 'db',
      filters: {},
      disagreements: { kinds: ['reviewers'] },
    });
    await settle();
    const answer = posted[1];
    if (answer?.type !== 'disagreements') {
      throw new Error(`expected a digest, got ${answer?.type}`);
    }
    expect(answer.id).toBe(2);
    expect(answer.digest.count).toBeGreaterThan(0);
    expect(answer.digest.count).toBeLessThanOrEqual(run.statistics.disagreements.count);
    expect(answer.digest.rows.every((row) => row.kind === 'reviewers')).toBe(true);
    expect(load).toHaveBeenCalledTimes(1);
  });
});

/** The team week's edit rates as a run computes them, by `editRateKey`. */
function trueRates(): Map<string, number> {
  const rates = new Map<string, number>();
  computeStatistics(teamWeek(), {}, { editRateCache: rates });
  return rates;
}

function resultOf(message: FromStatsWorker | undefined) {
  if (message?.type !== 'result') {
    throw new Error(`expected a result, got ${message?.type}`);
  }
  return message;
}

describe('the edit rates kept in the store', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('a fresh worker uses the stored rates and computes none of them again', async () => {
    const [key] = [...trueRates().keys()];
    expect(key).toBe(editRateKey('e02', teamWeek().find((d) => d.id === 'd1')?.text ?? ''));
    // Deliberately not the true rate (3/7): only a rate read from the store can show it.
    const loadEditRates = vi.fn(() => Promise.resolve(new Map([[key ?? '', 0.9]])));
    const saveEditRates = vi.fn(() => Promise.resolve());
    const { handle, posted, settle } = harness(undefined, { loadEditRates, saveEditRates });
    handle({ type: 'run', id: 1, dbName: 'db', filters: {} });
    await settle();
    expect(loadEditRates).toHaveBeenCalledWith('db');
    const { editRates } = resultOf(posted[0]).statistics;
    expect(editRates.edits).toBe(1);
    expect(editRates.mean).toBe(0.9);
    expect(saveEditRates).not.toHaveBeenCalled();
  });

  it('stores what a first run computed once, after its answer was posted', async () => {
    const postedWhenSaved: FromStatsWorker['type'][][] = [];
    const saveEditRates = vi.fn((_dbName: string, _entries: [string, number][]) => {
      postedWhenSaved.push(posted.map((message) => message.type));
      return Promise.resolve();
    });
    const loadEditRates = vi.fn(() => Promise.resolve(new Map<string, number>()));
    const { handle, posted, settle } = harness(undefined, { loadEditRates, saveEditRates });
    handle({ type: 'run', id: 1, dbName: 'db', filters: {} });
    await settle();
    expect(resultOf(posted[0]).statistics.editRates.mean).toBeCloseTo(3 / 7, 12);
    expect(saveEditRates).toHaveBeenCalledTimes(1);
    expect(saveEditRates).toHaveBeenCalledWith('db', [...trueRates()]);
    expect(postedWhenSaved).toEqual([['result']]);

    // Another filter, a reload of the store, the list: nothing new to store.
    handle({ type: 'run', id: 2, dbName: 'db', filters: { reviewers: ['bob'] } });
    await settle();
    handle({ type: 'run', id: 3, dbName: 'db', filters: {}, reload: true });
    await settle();
    handle({ type: 'jsonl', id: 4, dbName: 'db', filters: {}, disagreements: {} });
    await settle();
    expect(posted.map((message) => message.type)).toEqual(['result', 'result', 'result', 'jsonl']);
    expect(saveEditRates).toHaveBeenCalledTimes(1);
  });

  it('answers even when the store cannot be read or written, and tries the write again', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const loadEditRates = vi.fn(() => Promise.reject(new Error('no editRates table')));
    const saveEditRates = vi
      .fn<(dbName: string, entries: [string, number][]) => Promise<void>>()
      .mockRejectedValueOnce(new Error('QuotaExceededError'))
      .mockResolvedValue(undefined);
    const { handle, posted, settle } = harness(undefined, { loadEditRates, saveEditRates });
    handle({ type: 'run', id: 1, dbName: 'db', filters: {} });
    await settle();
    expect(resultOf(posted[0]).statistics.editRates.mean).toBeCloseTo(3 / 7, 12);
    expect(logged).toHaveBeenCalledTimes(2); // the read, then the write
    expect(saveEditRates).toHaveBeenCalledTimes(1);

    handle({ type: 'run', id: 2, dbName: 'db', filters: { reviewers: ['bob'] } });
    await settle();
    expect(posted.map((message) => message.type)).toEqual(['result', 'result']);
    expect(saveEditRates).toHaveBeenCalledTimes(2);
    expect(saveEditRates).toHaveBeenLastCalledWith('db', [...trueRates()]);
  });

  it('keeps the rates of one database apart from another’s', async () => {
    const saveEditRates = vi.fn(() => Promise.resolve());
    const loadEditRates = vi.fn((dbName: string) =>
      Promise.resolve(dbName === 'a' ? trueRates() : new Map<string, number>()),
    );
    const { handle, settle } = harness(undefined, { loadEditRates, saveEditRates });
    handle({ type: 'run', id: 1, dbName: 'a', filters: {} });
    await settle();
    expect(saveEditRates).not.toHaveBeenCalled();
    handle({ type: 'run', id: 2, dbName: 'b', filters: {} });
    await settle();
    expect(saveEditRates).toHaveBeenCalledWith('b', [...trueRates()]);
  });
});
