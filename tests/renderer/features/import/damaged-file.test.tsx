/**
 * Issue 12, points 14 and 15, as the reviewer sees them: a file with a few invalid byte sequences
 * is previewed (U+FFFD where the bytes are bad, how many there are, the row marked) and its other
 * rows are offered; a JSON array that breaks is said plainly to be invalid JSON, with the line and
 * column, in the preview and in the report, and no import is offered for it.
 */
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportScreen } from '../../../../renderer/features/import/import-screen';
import { useImportStore } from '../../../../renderer/stores/import/import-store';
import { useUnfinishedImportsStore } from '../../../../renderer/stores/import/unfinished-imports-store';
import { useProjectsStore } from '../../../../renderer/stores/projects/projects-store';
import { pickedFile, resetImportEnvironment, utf8 } from '../../stores/import/import-support';
import { renderInI18n } from '../keyboard/render-in-i18n';

const flow = () => useImportStore.getState();

beforeEach(async () => {
  await resetImportEnvironment();
});

afterEach(async () => {
  await act(() => useUnfinishedImportsStore.getState().load());
  cleanup();
  flow().reset();
});

async function takeInto(name: string, bytes: Uint8Array) {
  const created = await useProjectsStore.getState().createProject('客服');
  await flow().takeFile(pickedFile(name, bytes));
  flow().setTarget({ kind: 'existing', projectId: created.ok ? created.id : '' });
}

function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Ten lines; line 2 holds FF FE in its draft. */
const lines = (from: number, to: number) =>
  Array.from(
    { length: to - from + 1 },
    (_, i) => `{"id":"r${from + i}","reply":"回覆 reply ${from + i}"}\n`,
  ).join('');
const BAD_START = `${lines(1, 1)}{"id":"r2","reply":"bad `;
const WITH_BAD_BYTES = concat(utf8(BAD_START), [0xff, 0xfe], utf8(` bytes"}\n${lines(3, 10)}`));
const OFFSET = utf8(BAD_START).length;

/** An array cut in the middle of its third object, on line 4. */
const CUT_ARRAY = utf8(
  '[\n  {"id":"a","reply":"one"},\n  {"id":"b","reply":"two"},\n  {"id":"c","rep',
);

describe('a file with invalid byte sequences', () => {
  it('is previewed with U+FFFD and a count, and its other rows are offered for import', async () => {
    await takeInto('damaged.jsonl', WITH_BAD_BYTES);
    const { user } = renderInI18n(<ImportScreen />);
    expect(
      screen.getByText(/^2 invalid byte sequences were found in the part of the file read/),
    ).toBeInTheDocument();
    const row = screen.getByText('bad \uFFFD\uFFFD bytes').closest('tr');
    expect(row).not.toBeNull();
    expect(
      within(row as HTMLElement).getByText(
        `—: invalid utf-8 byte sequence at byte ${OFFSET}; —: invalid utf-8 byte sequence at byte ${OFFSET + 1}`,
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Check the whole file' }));
    expect(
      await screen.findByRole('heading', { name: 'The check is finished' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('10 rows read: 9 can be imported, 2 have problems.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('cell', { name: `invalid utf-8 byte sequence at byte ${OFFSET}` }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import the 9 valid rows' })).toBeEnabled();
  });
});

describe('a JSON array that breaks', () => {
  it('says plainly it is not valid JSON, and where, before anything is offered', async () => {
    await takeInto('cut.json', CUT_ARRAY);
    const { user } = renderInI18n(<ImportScreen />);
    expect(screen.getAllByRole('alert')[0]).toHaveTextContent(
      /^This file is not valid JSON: it breaks at line 4, column 17\./,
    );

    await user.click(screen.getByRole('button', { name: 'Check the whole file' }));
    expect(
      await screen.findByRole('heading', { name: 'The check is finished' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      /^This file is not valid JSON: it breaks at line 4, column 17\. Nothing was imported, not even the 2 whole items before the break/,
    );
    expect(screen.queryByRole('button', { name: /^Import the/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Import nothing' })).toBeInTheDocument();
  });

  it('says so in Traditional Chinese', async () => {
    await takeInto('cut.json', CUT_ARRAY);
    const { user } = renderInI18n(<ImportScreen />, 'zh-TW');
    expect(screen.getAllByRole('alert')[0]).toHaveTextContent(
      /^這個檔案不是有效的 JSON：在第 4 行第 17 欄斷掉。/,
    );
    await user.click(screen.getByRole('button', { name: '檢查整個檔案' }));
    expect(await screen.findByRole('heading', { name: '檢查完成' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      /^這個檔案不是有效的 JSON：在第 4 行第 17 欄斷掉。沒有匯入任何資料，斷點之前那 2 個完整項目也沒有匯入/,
    );
    expect(screen.queryByRole('button', { name: /^匯入 / })).toBeNull();
  });
});
