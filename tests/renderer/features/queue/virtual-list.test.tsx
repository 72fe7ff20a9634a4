import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { visibleRange, VirtualList } from '../../../../renderer/features/queue/virtual-list';

afterEach(cleanup);

const ROWS = 100_000;

function renderList(onOpen = vi.fn()) {
  render(
    <VirtualList
      count={ROWS}
      rowHeight={50}
      initialHeight={500}
      overscan={5}
      label="Drafts"
      renderRow={(index) => <span>row {index}</span>}
      onOpen={onOpen}
    />,
  );
  return { onOpen, list: screen.getByRole('listbox', { name: 'Drafts' }) };
}

describe('VirtualList', () => {
  it('renders only the visible rows plus overscan for 100k rows', () => {
    const { list } = renderList();
    const options = screen.getAllByRole('option');
    expect(options.length).toBeLessThanOrEqual(20);
    expect(options[0]).toHaveAttribute('aria-setsize', String(ROWS));
    expect(list).toHaveAttribute('aria-activedescendant', options[0]!.id);

    // Scrolled far down: the window moves, and still only a handful of rows exist.
    list.scrollTop = 50 * 60_000;
    fireEvent.scroll(list);
    const scrolled = screen.getAllByRole('option');
    expect(scrolled.length).toBeLessThanOrEqual(20);
    expect(screen.getByText('row 60000')).toBeInTheDocument();
    expect(screen.queryByText('row 0')).toBeNull();
  });

  it('moves the active row with the keyboard and opens it with Enter', async () => {
    const user = userEvent.setup();
    const { list, onOpen } = renderList();
    await user.tab();
    expect(list).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(onOpen).toHaveBeenLastCalledWith(2);

    await user.keyboard('{End}');
    const last = screen.getByText(`row ${ROWS - 1}`).closest('[role="option"]');
    expect(last).toHaveAttribute('aria-selected', 'true');
    expect(list).toHaveAttribute('aria-activedescendant', last?.id);
    expect(screen.getAllByRole('option').length).toBeLessThanOrEqual(20);
  });

  it('computes the window from the scroll position', () => {
    expect(visibleRange(0, 500, 50, ROWS, 5)).toEqual([0, 15]);
    expect(visibleRange(5000, 500, 50, ROWS, 5)).toEqual([95, 115]);
    expect(visibleRange(0, 500, 50, 3, 5)).toEqual([0, 3]);
  });
});
