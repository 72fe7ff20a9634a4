/**
 * Issue 12, point 16: files that used to import wrongly without a word. A CSV whose rows end in a
 * lone CR (old Mac and spreadsheet exports) read as one header row and ended "no problems, 0 valid
 * rows"; a Windows-1252 file that happens to be valid Big5 imported as Chinese-looking text. Now
 * the first is a problem with the whole file (not a row read) and lone-CR line ends are a choice;
 * Windows-1252 is a choice, and detection says how sure it is.
 */
import { describe, expect, it } from 'vitest';
import type { DraftInput } from '../../../shared/domain/draft-schema';
import { createCsvParser, detectEncoding, runImport } from '../../../shared/import';
import { previewFile } from '../../../shared/import/file-preview';
import type { ImportRunOptions } from '../../../shared/import/import-run';
import { runParser } from './support';

const NOW = '2026-12-07T12:00:00.000Z';

async function* chunked(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) {
    yield bytes.slice(at, at + size);
    await Promise.resolve();
  }
}

async function importAll(bytes: Uint8Array, overrides: Partial<ImportRunOptions>) {
  const written: DraftInput[] = [];
  const result = await runImport(chunked(bytes, 7), {
    format: 'csv',
    mapping: { id: 'id', draft: 'output' },
    importedAt: NOW,
    batchRows: 2,
    writeBatch: (drafts) => Promise.resolve(void written.push(...drafts)),
    ...overrides,
  });
  return { result, written };
}

/** Windows-1252 (Latin-1) bytes of `text` (every character below U+0100). */
const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

const LONE_CR_CSV = new TextEncoder().encode(
  'id,output\r1,first reply\r2,"second, quoted"\r3,third\r',
);

describe('a CSV whose rows end in a lone CR', () => {
  it('is a problem with the whole file, not "no problems, 0 valid rows", and imports nothing', async () => {
    const { result, written } = await importAll(LONE_CR_CSV, {});
    expect(result).toMatchObject({
      state: 'failed',
      failure: 'rows end in a lone CR',
      rowsRead: 0,
      rowsValid: 0,
    });
    expect(result.problems).toEqual([
      { row: 1, field: null, reason: 'rows end in a lone CR', fileLevel: 'fails' },
    ]);
    expect(written).toEqual([]);
  });

  it('is said so by the preview, before anything is checked', () => {
    const preview = previewFile(LONE_CR_CSV, 'old-mac.csv', { complete: true });
    expect(preview).toMatchObject({
      ok: true,
      format: 'csv',
      fileProblem: 'rows end in a lone CR',
    });
  });

  it('imports every row with lone-CR line ends chosen, on the lines they are on', async () => {
    const { result, written } = await importAll(LONE_CR_CSV, { format: 'csv-cr' });
    expect(result).toMatchObject({ state: 'done', rowsRead: 3, rowsValid: 3, problemCount: 0 });
    expect(written.map((draft) => [draft.id, draft.draft])).toEqual([
      ['1', 'first reply'],
      ['2', 'second, quoted'],
      ['3', 'third'],
    ]);
    const preview = previewFile(LONE_CR_CSV, 'old-mac.csv', { complete: true, format: 'csv-cr' });
    expect(preview).toMatchObject({ ok: true, fileProblem: null, paths: ['id', 'output'] });
    const lines = runParser(
      (onRecord, onProblem) =>
        createCsvParser(onRecord, onProblem, undefined, { loneCrEndsRow: true }),
      ['id,output\r1,"a\rb"\r2,x\r\n3,y\n'],
    );
    expect(lines).toEqual([
      { record: { id: '1', output: 'a\rb' }, row: 2 },
      { record: { id: '2', output: 'x' }, row: 4 },
      { record: { id: '3', output: 'y' }, row: 5 },
    ]);
  });

  it('keeps a lone CR inside a row of an ordinary CSV as text', async () => {
    const bytes = new TextEncoder().encode('id,output\n1,a\rb\n');
    const { result, written } = await importAll(bytes, {});
    expect(result).toMatchObject({ state: 'done', rowsRead: 1, rowsValid: 1 });
    expect(written[0]?.draft).toBe('a\rb');
  });
});

describe('problems of the whole file', () => {
  it('are not counted as rows read (a duplicate column name is the header’s)', async () => {
    const bytes = new TextEncoder().encode('id,output,output\n1,a,b\n2,c,d\n');
    const { result } = await importAll(bytes, {});
    expect(result).toMatchObject({ state: 'done', rowsRead: 2, rowsValid: 2, problemCount: 1 });
    expect(result.problems[0]).toMatchObject({ row: 1, reason: 'duplicate column name' });
  });
});

describe('a Windows-1252 file that happens to be valid Big5', () => {
  // Every accented letter is followed by an ASCII letter: each pair is a valid Big5 character.
  const text = 'id,output\r\n1,Señor Pérez wrote to Müller\r\n2,Gràcias from Zoëlle\r\n';
  const bytes = latin1(text);

  it('is valid Big5 indeed (the trap)', () => {
    expect(() => new TextDecoder('big5', { fatal: true }).decode(bytes)).not.toThrow();
  });

  it('is detected as Windows-1252, as a guess, naming Big5 as the other reading', () => {
    expect(detectEncoding(bytes)).toEqual({
      encoding: 'windows-1252',
      bom: 0,
      confidence: 'guess',
      alternative: 'big5',
    });
  });

  it('is previewed and imported as the text it is, and as Big5 only when chosen', async () => {
    const preview = previewFile(bytes, 'latin.csv', { complete: true });
    expect(preview).toMatchObject({
      ok: true,
      encoding: 'windows-1252',
      detected: { encoding: 'windows-1252', confidence: 'guess', alternative: 'big5' },
    });
    expect(preview.ok && preview.samples[0]).toEqual({
      id: '1',
      output: 'Señor Pérez wrote to Müller',
    });
    const { result, written } = await importAll(bytes, {});
    expect(result).toMatchObject({ state: 'done', encoding: 'windows-1252', rowsValid: 2 });
    expect(written.map((draft) => draft.draft)).toEqual([
      'Señor Pérez wrote to Müller',
      'Gràcias from Zoëlle',
    ]);
    // The reviewer may still choose Big5; the preview then shows what that would import.
    const asBig5 = previewFile(bytes, 'latin.csv', { complete: true, encoding: 'big5' });
    expect(asBig5.ok && asBig5.samples[0]?.output).not.toBe('Señor Pérez wrote to Müller');
  });

  it('reads Windows-1252 characters Latin-1 lacks (the euro sign, curly quotes)', () => {
    const preview = previewFile(
      Uint8Array.from([...latin1('id,output\n1,'), 0x80, 0x20, 0x93, 0x61, 0x94, 0x0a]),
      'prices.csv',
      { complete: true, encoding: 'windows-1252' },
    );
    expect(preview.ok && preview.samples[0]?.output).toBe('€ “a”');
  });
});

describe('how sure encoding detection is', () => {
  const big5Chinese = Uint8Array.from([
    ...new TextEncoder().encode('id,output\n1,'),
    0xa4,
    0xa4,
    0xa4,
    0xe5,
    0xb8,
    0xea,
    0xae,
    0xc6,
    0x0a,
  ]);

  it('is certain of a BOM and of valid UTF-8, and says "likely" of Big5 that reads as Chinese', () => {
    expect(detectEncoding(new TextEncoder().encode('{"a":"好"}'))).toMatchObject({
      encoding: 'utf-8',
      confidence: 'confident',
    });
    expect(detectEncoding(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toMatchObject({
      confidence: 'confident',
    });
    expect(detectEncoding(big5Chinese)).toEqual({
      encoding: 'big5',
      bom: 0,
      confidence: 'likely',
      alternative: 'windows-1252',
    });
    expect(previewFile(big5Chinese, 'zh.csv', { complete: true })).toMatchObject({
      ok: true,
      encoding: 'big5',
      detected: { confidence: 'likely' },
      samples: [{ id: '1', output: '中文資料' }],
    });
  });
});
