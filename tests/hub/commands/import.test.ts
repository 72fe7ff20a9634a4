/**
 * `import FILE --project NAME` (issue 10, point 2): drafts from JSON Lines, JSON and CSV files
 * (Traditional Chinese text) are published through the app's parsers into a project created by
 * name; a bad row is reported by row, field and reason; importing the same file again
 * publishes nothing; a changed row is revised.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, expect, it } from 'vitest';
import { CommandError } from '../../../hub/commands/command-io';
import { ADMIN_COMMAND_USER, importDraftsCommand } from '../../../hub/commands/import-drafts';
import { logAfter } from '../../../hub/storage/queries/log';
import { projectByName } from '../../../hub/storage/queries/projections';
import type { HubStorage } from '../../../hub/storage/storage';
import { collectIo } from '../support/collect-io';
import { describeEachEngine } from '../support/engines';

const PROJECT = '客服回覆審查';

const jsonlRows = [
  { id: 'q-1', prompt: '我的退款到哪裡了？', draft: '您的退款 NT$1,280 已於 12 月 3 日處理。' },
  { id: 'q-2', prompt: '可以改寄送地址嗎？', draft: '可以，請在出貨前來信告知新地址。' },
  { id: 'q-3', prompt: '發票怎麼開？', draft: '電子發票會寄到您的信箱。', priority: '很急' },
  { id: 'q-4', prompt: '營業時間？', draft: '週一至週五 09:00–18:00。', model: 'gpt-x' },
];

const jsonl = (rows: readonly object[]) => `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`;

describeEachEngine('import command', (engine) => {
  const folder = mkdtempSync(join(tmpdir(), 'loupe-import-test-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  let storage: HubStorage;
  beforeEach(async () => {
    storage = await engine.fresh();
  });
  afterEach(() => storage.close());

  const file = (name: string, text: string) => {
    const path = join(folder, `${engine.name}-${name}`);
    writeFileSync(path, text, 'utf8');
    return path;
  };
  const log = () => storage.read((sql) => logAfter(sql, 0, 1000));

  it('creates the project by name, publishes the good rows of a JSON Lines file and reports the bad one', async () => {
    const io = collectIo();
    const summary = await importDraftsCommand(storage, io, file('drafts.jsonl', jsonl(jsonlRows)), {
      project: PROJECT,
    });
    expect(summary).toMatchObject({
      rowsRead: 4,
      valid: 3,
      problems: 1,
      published: 3,
      revised: 0,
      unchanged: 0,
    });
    const project = await storage.read((sql) => projectByName(sql, PROJECT));
    expect(project?.project_id).toBe(summary.projectId);
    const output = io.lines.join('\n');
    expect(output).toContain(`Created the project "${PROJECT}"`);
    // The bad row by its line, its field and why.
    expect(output).toMatch(/line 3, priority: priority must be a whole number/);
    expect(output).toMatch(/Published 3 new drafts.*1 rows had problems/s);

    const rows = await log();
    expect(rows.map((row) => [row.kind, row.draft_id])).toEqual([
      ['project.published', null],
      ['draft.published', 'q-1'],
      ['draft.published', 'q-2'],
      ['draft.published', 'q-4'],
    ]);
    expect(rows.every((row) => row.user_id === ADMIN_COMMAND_USER)).toBe(true);
    const first = JSON.parse(rows[1]?.body ?? '{}') as { draft: { draft: string } };
    expect(first.draft.draft).toBe('您的退款 NT$1,280 已於 12 月 3 日處理。');
  });

  it('imports the same file again as all unchanged (at another time), and revises a changed row', async () => {
    const path = file('again.jsonl', jsonl(jsonlRows));
    await importDraftsCommand(storage, collectIo(), path, { project: PROJECT });
    const high = (await log()).length;

    const io = collectIo();
    const again = await importDraftsCommand(
      storage,
      io,
      path,
      { project: PROJECT },
      new Date(Date.now() + 86_400_000),
    );
    expect(again).toMatchObject({ published: 0, revised: 0, unchanged: 3, problems: 1 });
    expect(io.lines.join('\n')).not.toContain('Created the project');
    expect(await log()).toHaveLength(high);

    const changed = jsonlRows.map((row) =>
      row.id === 'q-2' ? { ...row, draft: '可以，出貨前來電或來信都行。' } : row,
    );
    const revised = await importDraftsCommand(
      storage,
      collectIo(),
      file('changed.jsonl', jsonl(changed)),
      {
        project: PROJECT,
      },
    );
    expect(revised).toMatchObject({ published: 0, revised: 1, unchanged: 2 });
    const rows = await log();
    expect(rows).toHaveLength(high + 1);
    const last = rows.at(-1);
    expect(last).toMatchObject({ kind: 'draft.revised', draft_id: 'q-2' });
    expect(JSON.parse(last?.body ?? '{}')).toMatchObject({
      draftVersion: 2,
      draft: { draft: '可以，出貨前來電或來信都行。' },
    });
  });

  it('imports a JSON array and a CSV file with Chinese column names into the same project', async () => {
    const json = JSON.stringify([
      { id: 'j-1', question: '密碼忘了怎麼辦？', answer: '請點選「忘記密碼」重設。' },
      { id: 'j-2', question: '可以退貨嗎？', answer: '七天內可以退貨。' },
      { id: 'j-3', question: '沒有回覆的一列' },
    ]);
    const io = collectIo();
    const fromJson = await importDraftsCommand(storage, io, file('drafts.json', json), {
      project: PROJECT,
    });
    expect(fromJson).toMatchObject({ rowsRead: 3, published: 2, problems: 1 });
    expect(io.lines.join('\n')).toMatch(/item 3, answer: missing draft/);

    const csv =
      '編號,問題,回覆\n' +
      'c-1,運費怎麼算？,"滿 NT$1,000 免運，未滿收 NT$60。"\n' +
      'c-2,"有門市嗎？","台北、台中、高雄各有一家。"\n';
    const fromCsv = await importDraftsCommand(storage, collectIo(), file('drafts.csv', csv), {
      project: PROJECT,
    });
    expect(fromCsv).toMatchObject({ rowsRead: 2, valid: 2, published: 2, problems: 0 });
    expect(fromCsv.projectId).toBe(fromJson.projectId);

    const rows = await log();
    expect(rows.filter((row) => row.kind === 'project.published')).toHaveLength(1);
    const c1 = rows.find((row) => row.draft_id === 'c-1');
    expect(JSON.parse(c1?.body ?? '{}')).toMatchObject({
      draft: { draft: '滿 NT$1,000 免運，未滿收 NT$60。', prompt: '運費怎麼算？' },
    });
  });

  it('refuses misuse plainly and writes nothing', async () => {
    await expect(
      importDraftsCommand(storage, collectIo(), file('x.jsonl', jsonl(jsonlRows)), {
        project: undefined,
      }),
    ).rejects.toThrow(CommandError);
    await expect(
      importDraftsCommand(storage, collectIo(), join(folder, 'missing.jsonl'), {
        project: PROJECT,
      }),
    ).rejects.toThrow(/There is no file/);
    await expect(
      importDraftsCommand(storage, collectIo(), file('y.jsonl', jsonl(jsonlRows)), {
        project: PROJECT,
        format: 'xml',
      }),
    ).rejects.toThrow(/--format must be one of/);
    await expect(
      importDraftsCommand(storage, collectIo(), file('z.jsonl', jsonl(jsonlRows)), {
        project: PROJECT,
        spansUnit: 'bytes',
      }),
    ).rejects.toThrow(/--spans-unit must be one of utf-16, code-points, utf-8/);
    expect(await log()).toEqual([]);
  });

  it('reads an old spreadsheet export: Windows-1252 text and rows ending in a lone CR', async () => {
    const path = join(folder, `${engine.name}-old-export.csv`);
    // "Pérez" and "Müller" in Windows-1252, rows ended by a lone CR as old Mac exports end them.
    writeFileSync(
      path,
      Buffer.from('id,draft\rm-1,Dear Sr. P\xe9rez\rm-2,Dear Frau M\xfcller\r', 'latin1'),
    );
    const io = collectIo();
    const summary = await importDraftsCommand(storage, io, path, {
      project: PROJECT,
      format: 'csv-cr',
      encoding: 'windows-1252',
    });
    expect(summary).toMatchObject({ rowsRead: 2, valid: 2, problems: 0, published: 2 });
    expect(io.lines.join('\n')).toContain('as csv-cr, windows-1252');
    const bodies = (await log())
      .filter((row) => row.kind === 'draft.published')
      .map((row) => (JSON.parse(row.body) as { draft: { draft: string } }).draft.draft);
    expect(bodies).toEqual(['Dear Sr. Pérez', 'Dear Frau Müller']);
  });

  it('names what the spans offsets count: code points read 台北 after an emoji right', async () => {
    const text = '😀 台北 today';
    const rows = [{ id: 's-1', draft: text, spans: [{ start: 2, end: 4, label: 'place' }] }];
    const io = collectIo();
    const summary = await importDraftsCommand(storage, io, file('spans.jsonl', jsonl(rows)), {
      project: PROJECT,
      map: ['spans=spans'],
      spansUnit: 'code-points',
    });
    expect(summary).toMatchObject({ valid: 1, problems: 0 });
    expect(io.lines.join('\n')).toContain('spans ← spans');
    expect(io.lines.join('\n')).not.toContain('spansUnit');
    const published = (await log()).find((row) => row.kind === 'draft.published');
    const draft = (
      JSON.parse(published?.body ?? '{}') as {
        draft: { draft: string; metadata: Record<string, unknown> };
      }
    ).draft;
    expect(JSON.stringify(draft.metadata)).toContain('place');
  });
});
