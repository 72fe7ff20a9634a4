/**
 * The statistics screen with its worker's handler behind a fake port (the app runs it in a Web
 * Worker): the lead sees the headline numbers, narrows them with a filter, reads "not enough
 * overlap" where two reviewers share too few drafts, the drift test stated in words, and the
 * filter values the store holds.
 */
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StatisticsScreen } from '../../../../../renderer/features/lead/statistics';
import { createI18n } from '../../../../../renderer/i18n/create-i18n';
import { statisticsClientOver } from '../../../../../renderer/stores/lead/statistics/statistics-client';
import { EMPTY_STATISTICS_FORM } from '../../../../../renderer/stores/lead/statistics/statistics-filters';
import type {
  FromStatsWorker,
  ToStatsWorker,
} from '../../../../../renderer/stores/lead/statistics/statistics-protocol';
import {
  setStatisticsClientFactory,
  useStatisticsStore,
} from '../../../../../renderer/stores/lead/statistics/statistics-store';
import { createStatsWorkerHandler } from '../../../../../renderer/stores/lead/statistics/statistics-worker-handler';
import { setBridge } from '../../../../../renderer/platform/current-bridge';
import { createElectronBridge } from '../../../../../renderer/platform/electron-bridge';
import type { Language } from '../../../../../shared/ipc/contract';
import { createFakeLoupeApi } from '../../../platform/fake-loupe-api';
import { teamWeek } from '../../../../shared/stats/support/team-week';

vi.mock('../../../../../renderer/components/chart/echarts-core', () => ({
  echarts: {
    init: () => ({ setOption: () => undefined, resize: () => undefined, dispose: () => undefined }),
  },
}));

const requests: ToStatsWorker[] = [];

beforeEach(() => {
  requests.length = 0;
  setStatisticsClientFactory(() => {
    const port = {
      onmessage: null as ((event: MessageEvent<FromStatsWorker>) => void) | null,
      postMessage: (message: ToStatsWorker) => {
        requests.push(message);
        handle(message);
      },
      terminate: () => undefined,
    };
    const handle = createStatsWorkerHandler({
      load: () => Promise.resolve(teamWeek()),
      post: (message) => port.onmessage?.({ data: message } as MessageEvent<FromStatsWorker>),
    });
    return statisticsClientOver(port, 'loupe-test');
  });
});

afterEach(() => {
  cleanup();
  useStatisticsStore.setState({ form: EMPTY_STATISTICS_FORM, statistics: null });
});

function renderScreen(language: Language = 'en') {
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <StatisticsScreen />
    </I18nextProvider>,
  );
}

const summaryValue = (label: string) =>
  within(screen.getByText(label, { selector: 'dt' }).parentElement as HTMLElement).getByRole(
    'definition',
  ).textContent;

describe('the statistics screen', () => {
  it('shows the headline numbers, and narrows them with a filter', async () => {
    renderScreen();
    // teamWeek: 5 counted decisions on 3 drafts, 2 of them approvals.
    expect(await screen.findByText('Decisions', { selector: 'dt' })).toBeVisible();
    expect(summaryValue('Decisions')).toBe('5');
    expect(summaryValue('Approval rate')).toBe('40.0%');

    const filters = screen.getByRole('group', { name: 'Which decisions' });
    await userEvent.selectOptions(within(filters).getByLabelText('Reviewer'), 'cat');
    await vi.waitFor(() => expect(summaryValue('Decisions')).toBe('1'));
    expect(requests.at(-1)).toMatchObject({ type: 'run', filters: { reviewers: ['cat'] } });
    expect(summaryValue('Approval rate')).toBe('100.0%');
  });

  it('says when two reviewers share too few drafts, and states the drift test', async () => {
    renderScreen();
    const pairs = await screen.findByRole('table', { name: 'Reviewer pairs' });
    const row = within(pairs).getByRole('row', { name: /ann · bob/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', 'not enough overlap (1 draft)', 'not enough overlap (1 draft)']);
    expect(screen.getByText(/two-proportion z-test \(pooled, two-sided\)/)).toBeVisible();
  });

  it('offers every project and guidelines version in the filters, in Traditional Chinese', async () => {
    renderScreen('zh-TW');
    const project = await screen.findByLabelText('專案');
    await act(() =>
      vi.waitFor(() => expect(within(project).getAllByRole('option')).toHaveLength(3)),
    );
    expect(
      within(project)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['全部', 'p1', 'p2']);
    const versions = screen.getByLabelText('審閱準則版本');
    expect(
      within(versions)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['全部', '第 1 版', '第 2 版']);
  });
});

describe('the printable report', () => {
  it('in the desktop app, saves the printed page as a PDF through the save dialog', async () => {
    const api = createFakeLoupeApi();
    setBridge(createElectronBridge(api));
    api.nextSaveName = 'loupe-statistics.pdf';
    renderScreen();
    await screen.findByText('Decisions', { selector: 'dt' });

    await userEvent.click(screen.getByRole('button', { name: 'Print report…' }));

    await vi.waitFor(() => expect(api.saveReportPdf).toHaveBeenCalledTimes(1));
    expect(vi.mocked(api.saveReportPdf).mock.calls[0]?.[0]).toMatchObject({
      suggestedName: expect.stringMatching(/^loupe-statistics-\d{4}-\d{2}-\d{2}\.pdf$/) as string,
    });
    expect(await screen.findByText('Report saved.')).toBeVisible();
  });

  it('says nothing was saved when the lead cancels the dialog', async () => {
    const api = createFakeLoupeApi();
    setBridge(createElectronBridge(api));
    api.nextSaveName = null;
    renderScreen();
    await screen.findByText('Decisions', { selector: 'dt' });

    await userEvent.click(screen.getByRole('button', { name: 'Print report…' }));

    await vi.waitFor(() => expect(api.saveReportPdf).toHaveBeenCalledTimes(1));
    expect(screen.queryByText('Report saved.')).toBeNull();
  });
});
