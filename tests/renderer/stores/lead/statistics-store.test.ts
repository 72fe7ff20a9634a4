/**
 * The statistics store keeps its worker ahead of need (statistics-store.ts): a lead's intent
 * prepares the statistics in the background, the screen then shows them without a new run, a
 * result outlives the screen until the data changes, and the worker stops a while after the
 * screen was left.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { publishChange } from '../../../../renderer/db/change-feed';
import type { StatisticsClient } from '../../../../renderer/stores/lead/statistics/statistics-client';
import { statisticsClientOver } from '../../../../renderer/stores/lead/statistics/statistics-client';
import type {
  FromStatsWorker,
  ToStatsWorker,
} from '../../../../renderer/stores/lead/statistics/statistics-protocol';
import {
  KEEP_WORKER_MS,
  setStatisticsClientFactory,
  useStatisticsStore,
} from '../../../../renderer/stores/lead/statistics/statistics-store';
import { createStatsWorkerHandler } from '../../../../renderer/stores/lead/statistics/statistics-worker-handler';
import { teamWeek } from '../../../shared/stats/support/team-week';

let started = 0;
let terminated = 0;
const runs: ToStatsWorker[] = [];

function fakeWorker(): StatisticsClient {
  started += 1;
  const port = {
    onmessage: null as ((event: MessageEvent<FromStatsWorker>) => void) | null,
    postMessage: (message: ToStatsWorker) => {
      if (message.type === 'run') {
        runs.push(message);
      }
      handle(message);
    },
    terminate: () => {
      terminated += 1;
    },
  };
  const handle = createStatsWorkerHandler({
    load: () => Promise.resolve(teamWeek()),
    post: (message) => port.onmessage?.({ data: message } as MessageEvent<FromStatsWorker>),
    defer: (task) => task(),
  });
  return statisticsClientOver(port, 'loupe-test');
}

const ready = () => vi.waitFor(() => expect(useStatisticsStore.getState().status).toBe('ready'));

beforeEach(() => {
  started = 0;
  terminated = 0;
  runs.length = 0;
  setStatisticsClientFactory(fakeWorker);
});

afterEach(() => {
  vi.useRealTimers();
  setStatisticsClientFactory(fakeWorker); // stops whatever the test left running
});

describe('the statistics worker, kept ahead of need', () => {
  it('prepares the statistics in the background; opening the screen then runs nothing new', async () => {
    useStatisticsStore.getState().prepare();
    await ready();
    expect(useStatisticsStore.getState().statistics?.decisions.overall.counts.total).toBe(5);
    expect(runs).toHaveLength(1);

    useStatisticsStore.getState().prepare(); // a second intent: nothing more
    useStatisticsStore.getState().open();
    expect(runs).toHaveLength(1);
    expect(useStatisticsStore.getState().status).toBe('ready');
    expect(started).toBe(1);
  });

  it('shows the kept result when the screen comes back, and runs again once the data changed', async () => {
    useStatisticsStore.getState().open();
    await ready();
    useStatisticsStore.getState().close();
    useStatisticsStore.getState().open();
    expect(runs).toHaveLength(1);

    useStatisticsStore.getState().close();
    publishChange({ decided: true });
    useStatisticsStore.getState().open();
    await ready();
    expect(runs).toHaveLength(2);
    expect(runs[1]).toMatchObject({ reload: true }); // the store is read again
    expect(started).toBe(1);
  });

  it('stops the worker a while after the screen was left, unless it came back', async () => {
    vi.useFakeTimers();
    useStatisticsStore.getState().open();
    await vi.waitFor(() => expect(useStatisticsStore.getState().status).toBe('ready'));
    useStatisticsStore.getState().close();
    vi.advanceTimersByTime(KEEP_WORKER_MS - 1_000);
    useStatisticsStore.getState().open(); // back in time: the same worker and result
    useStatisticsStore.getState().close();
    vi.advanceTimersByTime(KEEP_WORKER_MS - 1_000);
    expect(terminated).toBe(0);
    vi.advanceTimersByTime(2_000);
    expect(terminated).toBe(1);
    expect(useStatisticsStore.getState().statistics).toBeNull();

    useStatisticsStore.getState().open(); // a new visit starts a new worker
    expect(started).toBe(2);
  });
});
