/**
 * The chart wrapper (issue 14 point 5): the chart is an image named by its summary, the
 * "Show table" toggle puts the very numbers of the chart in an HTML table (and takes them away
 * again), the ECharts instance gets the option built for the theme and is disposed on unmount,
 * and a chart with no rows says so instead of drawing an empty frame. ECharts itself is
 * replaced: jsdom has no canvas.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChartFigure } from '../../../../renderer/components/chart/chart-figure';
import type { ChartTheme } from '../../../../renderer/components/chart/chart-theme';
import { createI18n } from '../../../../renderer/i18n/create-i18n';
import type { Language } from '../../../../shared/ipc/contract';

const instance = vi.hoisted(() => ({
  setOption: vi.fn(),
  resize: vi.fn(),
  dispose: vi.fn(),
}));
vi.mock('../../../../renderer/components/chart/echarts-core', () => ({
  echarts: { init: vi.fn(() => instance) },
}));

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
  delete document.documentElement.dataset.theme;
});

const table = {
  columns: ['Week', 'Approve', 'Edit'],
  rows: [
    ['Week 49, 2026', '12', '3'],
    ['Week 50, 2026', '8', '5'],
  ],
};

function renderFigure(language: Language = 'en', rows = table.rows) {
  const buildOption = (theme: ChartTheme) => ({ color: theme.palette, dark: theme.dark });
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <ChartFigure
        title="Decisions over time"
        summary="Bar chart of decisions per week"
        table={{ ...table, rows }}
        buildOption={buildOption}
      />
    </I18nextProvider>,
  );
}

describe('ChartFigure', () => {
  it('names the chart and shows its numbers as a table on request', async () => {
    renderFigure();
    expect(screen.getByRole('img', { name: 'Bar chart of decisions per week' })).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Show table' }));
    const shown = screen.getByRole('table', { name: 'Decisions over time' });
    expect(
      within(shown)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(table.columns);
    const week50 = within(shown).getByRole('row', { name: /Week 50, 2026/ });
    expect(
      within(week50)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['8', '5']);
    expect(screen.getByRole('button', { name: 'Hide table' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Hide table' }));
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('labels the toggle in Traditional Chinese', () => {
    renderFigure('zh-TW');
    expect(screen.getByRole('button', { name: '顯示表格' })).toBeVisible();
  });

  it('draws with the painted theme and lets go of the chart on unmount', () => {
    document.documentElement.dataset.theme = 'dark';
    const { unmount } = renderFigure();
    expect(instance.setOption).toHaveBeenCalledWith(expect.objectContaining({ dark: true }), {
      notMerge: true,
    });
    unmount();
    expect(instance.dispose).toHaveBeenCalledTimes(1);
  });

  it('says there is nothing to show instead of an empty chart', () => {
    renderFigure('en', []);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText('Nothing to show for these filters.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Show table' })).toBeNull();
  });
});
