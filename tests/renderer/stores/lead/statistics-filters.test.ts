/**
 * The statistics filters become the worker's request: "all" leaves a filter out, dates pass
 * only when whole, a reversed range is turned round, and each change of the form posts a new
 * run whose answer replaces the screen's numbers — while an answer to a replaced run is dropped.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { statisticsClientOver } from '../../../../renderer/stores/lead/statistics/statistics-client';
import {
  EMPTY_STATISTICS_FORM,
  statsFiltersOf,
} from '../../../../renderer/stores/lead/statistics/statistics-filters';
import type {
  FromStatsWorker,
  ToStatsWorker,
} from '../../../../renderer/stores/lead/statistics/statistics-protocol';
import {
  setStatisticsClientFactory,
  useStatisticsStore,
} from '../../../../renderer/stores/lead/statistics/statistics-store';
import { computeStatistics, type Statistics } from '../../../../shared/stats';
import { disagreementDigest } from '../../../../renderer/stores/lead/statistics/statistics-worker-handler';
import { NO_CHOICES } from '../../../../renderer/stores/lead/statistics/statistics-choices';

describe('statsFiltersOf', () => {
  it('leaves out every filter set to all', () => {
    expect(statsFiltersOf(EMPTY_STATISTICS_FORM)).toEqual({});
  });

  it('turns each chosen value into a one-value filter', () => {
    expect(
      statsFiltersOf({
        from: '2026-12-01',
        to: '2026-12-07',
        project: 'p1',
        model: 'm',
        modelVersion: 'v2',
        promptVersion: 'b',
        reviewer: 'ann',
        guidelinesVersion: '3',
      }),
    ).toEqual({
      from: '2026-12-01',
      to: '2026-12-07',
      projects: ['p1'],
      models: ['m'],
      modelVersions: ['v2'],
      promptVersions: ['b'],
      reviewers: ['ann'],
      guidelinesVersions: [3],
    });
  });

  it('ignores a half-typed date and turns a reversed range round', () => {
    expect(statsFiltersOf({ ...EMPTY_STATISTICS_FORM, from: '2026-1' })).toEqual({});
    expect(
      statsFiltersOf({ ...EMPTY_STATISTICS_FORM, from: '2026-12-09', to: '2026-12-01' }),
    ).toEqual({ from: '2026-12-01', to: '2026-12-09' });
  });
});

describe('the statistics store', () => {
  afterEach(() => {
    useStatisticsStore.getState().close();
    useStatisticsStore.setState({ form: EMPTY_STATISTICS_FORM, statistics: null });
  });

  function fakeWorker() {
    const sent: ToStatsWorker[] = [];
    const port = {
      onmessage: null as ((event: MessageEvent<FromStatsWorker>) => void) | null,
      postMessage: (message: ToStatsWorker) => sent.push(message),
      terminate: () => undefined,
    };
    const answer = (message: FromStatsWorker) =>
      port.onmessage?.({ data: message } as MessageEvent<FromStatsWorker>);
    return { sent, port, answer };
  }

  it('posts a run with the form’s filters on every change and shows the newest answer', () => {
    const worker = fakeWorker();
    setStatisticsClientFactory(() => statisticsClientOver(worker.port, 'loupe-test'));
    const store = useStatisticsStore.getState();
    store.open();
    store.setForm({ reviewer: 'ann' });
    store.setForm({ project: 'p1', from: '2026-12-01' });
    expect(worker.sent.map((message) => message.type === 'run' && message.filters)).toEqual([
      {},
      { reviewers: ['ann'] },
      { reviewers: ['ann'], projects: ['p1'], from: '2026-12-01' },
    ]);
    expect(worker.sent.every((message) => message.dbName === 'loupe-test')).toBe(true);
    expect(useStatisticsStore.getState().status).toBe('loading');

    const shown = (statistics: Statistics) => ({
      ...statistics,
      disagreements: disagreementDigest(statistics.disagreements),
    });
    const stale = shown(computeStatistics([], { reviewers: ['ann'] }));
    const newest = shown(computeStatistics([], { reviewers: ['ann'], projects: ['p1'] }));
    worker.answer({ type: 'result', id: 2, statistics: stale, choices: NO_CHOICES });
    expect(useStatisticsStore.getState().statistics).toBeNull();
    worker.answer({ type: 'result', id: 3, statistics: newest, choices: NO_CHOICES });
    expect(useStatisticsStore.getState()).toMatchObject({ status: 'ready', statistics: newest });
  });

  it('shows the worker’s error', () => {
    const worker = fakeWorker();
    setStatisticsClientFactory(() => statisticsClientOver(worker.port, 'loupe-test'));
    useStatisticsStore.getState().open();
    worker.answer({ type: 'error', id: 1, message: 'disk on fire' });
    expect(useStatisticsStore.getState()).toMatchObject({ status: 'error', error: 'disk on fire' });
  });
});
