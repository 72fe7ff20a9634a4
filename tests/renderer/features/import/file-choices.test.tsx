/**
 * Issue 12, points 16 and 17, as the reviewer sees them: encoding detection says how sure it is
 * and the rows are shown in the encoding chosen before anything is checked (a Windows-1252 file
 * that is also valid Big5 is not shown as Chinese without a word); a CSV whose rows end in a lone
 * CR is said so, with the choice that reads it; after a failed preview another file can be chosen
 * from the same screen and from "Import a file…"; a disabled primary button is disabled.
 */
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportButton } from '../../../../renderer/features/import/import-button';
import { ImportScreen } from '../../../../renderer/features/import/import-screen';
import { useImportStore } from '../../../../renderer/stores/import/import-store';
import { useUnfinishedImportsStore } from '../../../../renderer/stores/import/unfinished-imports-store';
import { useNavigationStore } from '../../../../renderer/stores/navigation/navigation-store';
import { useProjectsStore } from '../../../../renderer/stores/projects/projects-store';
import {
  jsonlBytes,
  pickedFile,
  resetImportEnvironment,
  utf8,
  type FakeBridge,
} from '../../stores/import/import-support';
import { renderInI18n } from '../keyboard/render-in-i18n';

const flow = () => useImportStore.getState();
let bridge: FakeBridge;

beforeEach(async () => {
  bridge = await resetImportEnvironment();
});

afterEach(async () => {
  await act(() => useUnfinishedImportsStore.getState().load());
  cleanup();
  flow().reset();
});

async function take(name: string, bytes: Uint8Array) {
  const created = await useProjectsStore.getState().createProject('Replies');
  await flow().takeFile(pickedFile(name, bytes));
  flow().setTarget({ kind: 'existing', projectId: created.ok ? created.id : '' });
}

const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
/** Windows-1252 that is valid Big5 too: each accented letter is followed by an ASCII letter. */
const LATIN_AS_BIG5 = latin1('id,output\r\n1,Señor Pérez wrote to Müller\r\n');

describe('an encoding detection that is not sure', () => {
  it('says so, shows the rows in the detected encoding, and in the one the reviewer chooses', async () => {
    await take('latin.csv', LATIN_AS_BIG5);
    const { user } = renderInI18n(<ImportScreen />);
    const select = screen.getByRole('combobox', { name: 'Encoding' });
    expect(select).toHaveDisplayValue(
      'As detected (Windows-1252 (Western European, Latin-1), a guess)',
    );
    expect(screen.getByText(/Loupe is not sure which encoding this file is in/)).toHaveTextContent(
      'The file also reads as Big5 (Traditional Chinese).',
    );
    expect(screen.getByText('Señor Pérez wrote to Müller')).toBeInTheDocument();

    await user.selectOptions(select, 'Big5 (Traditional Chinese)');
    expect(screen.queryByText('Señor Pérez wrote to Müller')).toBeNull();
    expect(screen.queryByText(/Loupe is not sure/)).toBeNull();
    await user.selectOptions(select, 'Windows-1252 (Western European, Latin-1)');
    expect(screen.getByText('Señor Pérez wrote to Müller')).toBeInTheDocument();
  });

  it('says so in Traditional Chinese', async () => {
    await take('latin.csv', LATIN_AS_BIG5);
    renderInI18n(<ImportScreen />, 'zh-TW');
    expect(screen.getByRole('combobox', { name: '編碼' })).toHaveDisplayValue(
      '自動偵測（Windows-1252（西歐語言，Latin-1），猜測）',
    );
    expect(screen.getByText(/Loupe 無法確定這個檔案的編碼/)).toBeInTheDocument();
  });

  it('says nothing of a file it is sure of', async () => {
    await take('replies.jsonl', jsonlBytes([{ id: 'a', output: '好' }]));
    renderInI18n(<ImportScreen />);
    expect(screen.getByRole('combobox', { name: 'Encoding' })).toHaveDisplayValue(
      'As detected (UTF-8, certain)',
    );
    expect(screen.queryByText(/not sure/)).toBeNull();
  });
});

describe('a CSV whose rows end in a lone CR', () => {
  const LONE_CR = utf8('id,output\r1,one\r2,two\r');

  it('is said so before the check, and reads once the reviewer chooses lone-CR line ends', async () => {
    await take('old-mac.csv', LONE_CR);
    const { user } = renderInI18n(<ImportScreen />);
    expect(screen.getByRole('alert')).toHaveTextContent('The rows of this file end in a lone CR');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Format' }),
      'CSV, rows ending in a lone CR (old Mac)',
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('two')).toBeInTheDocument();
  });

  it('fails its check with the reason, counting no row', async () => {
    await take('old-mac.csv', LONE_CR);
    renderInI18n(<ImportScreen />, 'zh-TW');
    // Read as one header row, the file has no field named for a draft: the reviewer picks one.
    act(() => flow().setMapping({ draft: 'id' }));
    await act(() => flow().check());
    expect(flow().checkResult).toMatchObject({ state: 'failed', rowsRead: 0 });
    expect(screen.getByRole('alert')).toHaveTextContent('各列以單獨的 CR 結尾');
  });
});

describe('after a preview that failed', () => {
  const NUL_FILE = Uint8Array.from([0x7b, 0x00, 0x7d, 0x00]);

  it('"Choose another file…" opens the dialog and replaces the file', async () => {
    await take('binary.jsonl', NUL_FILE);
    bridge.nextPick = [pickedFile('good.jsonl', jsonlBytes([{ id: 'a', output: 'fine' }]))];
    const { user } = renderInI18n(<ImportScreen />);
    expect(screen.getByRole('button', { name: 'Check the whole file' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Choose another file…' }));
    await waitFor(() => expect(flow().fileName).toBe('good.jsonl'));
    expect(bridge.openFiles).toHaveBeenCalledTimes(1);
    expect(screen.getByText('fine')).toBeInTheDocument();
  });

  it('"Import a file…" opens the dialog instead of bringing the same screen back', async () => {
    await take('binary.jsonl', NUL_FILE);
    bridge.nextPick = [pickedFile('good.jsonl', jsonlBytes([{ id: 'a', output: 'fine' }]))];
    const { user } = renderInI18n(<ImportButton />, 'zh-TW');
    await user.click(screen.getByRole('button', { name: '匯入檔案…' }));
    expect(useNavigationStore.getState().screen).toBe('import');
    expect(bridge.openFiles).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(flow().fileName).toBe('good.jsonl'));
  });

  it('"Import a file…" still shows a file that previewed well', async () => {
    await take('good.jsonl', jsonlBytes([{ id: 'a', output: 'fine' }]));
    const { user } = renderInI18n(<ImportButton />);
    await user.click(screen.getByRole('button', { name: 'Import a file…' }));
    expect(bridge.openFiles).not.toHaveBeenCalled();
  });
});
