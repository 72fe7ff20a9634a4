/**
 * The app's audit log (issue 14 point 7): a project's or a draft's decision events from the
 * local store as the hub's audit rows — in hub order, then events not yet on a hub — and saved
 * whole as CSV (BOM, neutralised cells) or JSON Lines.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '../../../../renderer/db/database-instance';
import { setEventSeq } from '../../../../renderer/db/repositories/events-repository';
import { readAuditRows, saveAuditLog } from '../../../../renderer/stores/lead/audit-log';
import { resetAppEnvironment } from '../../support/app-env';
import type { FakeLoupeApi } from '../../platform/fake-loupe-api';
import { seedTeamInbox, teammateDecides } from './inbox-support';

let api: FakeLoupeApi;

beforeEach(async () => {
  api = await resetAppEnvironment();
});

const text = (chunks: readonly Uint8Array[]) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(Buffer.concat(chunks));

describe('the audit log', () => {
  it("lists every event of a project in hub order, then the ones not on a hub yet, with each draft's model", async () => {
    const seeded = await seedTeamInbox();
    // The hub took the old escalation of p2 and two of p1's events, in its own order.
    await setEventSeq(getDatabase(), seeded.dispute[1]!, 7);
    await setEventSeq(getDatabase(), seeded.escalation, 9);

    const rows = await readAuditRows({ projectId: 'p1' });

    expect(rows).toHaveLength(8); // every event of p1; none of p2
    expect(rows.slice(0, 2).map((row) => [row.seq, row.eventId])).toEqual([
      [7, seeded.dispute[1]],
      [9, seeded.escalation],
    ]);
    expect(rows.slice(2).every((row) => row.seq === null)).toBe(true);
    const escalation = rows[1]!;
    expect(escalation).toMatchObject({
      kind: 'escalate',
      verdict: 'escalate',
      reviewerId: 'ann',
      deviceId: 'dev-ann',
      reasonId: 'policy',
      note: 'Promises a refund we do not give',
      modelName: 'gpt',
      modelVersion: '1',
      projectId: 'p1',
      draftId: 'd-esc',
    });
  });

  it("reads one draft's events only, and names this machine's reviewer", async () => {
    await seedTeamInbox();
    await teammateDecides('p1', 'd-esc', 'me-1', 'comment', { text: 'Checked with legal' });

    const rows = await readAuditRows(
      { projectId: 'p1', draftId: 'd-esc' },
      { reviewerId: 'me-1', displayName: 'Lee' },
    );

    expect(rows.map((row) => [row.kind, row.reviewerName])).toEqual([
      ['escalate', null],
      ['comment', 'Lee'],
    ]);
    expect(rows[1]?.note).toBe('Checked with legal');
  });

  it('saves the rows as CSV a spreadsheet reads safely, and as JSON Lines verbatim', async () => {
    await seedTeamInbox();
    await teammateDecides('p1', 'd-esc', 'ann', 'comment', { text: '=HYPERLINK("x") 退款' });
    const rows = await readAuditRows({ projectId: 'p1', draftId: 'd-esc' });

    api.nextSaveName = 'audit.csv';
    expect(await saveAuditLog(rows, 'csv', 'audit')).toBe(true);
    const csv = text(api.writtenChunks);
    expect(csv.startsWith('\uFEFFseq,eventId,kind,')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"") 退款"`);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(3);

    api.writtenChunks.length = 0;
    api.nextSaveName = 'audit.jsonl';
    expect(await saveAuditLog(rows, 'jsonl', 'audit')).toBe(true);
    const lines = text(api.writtenChunks).trimEnd().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { note: string }).note)).toEqual([
      'Promises a refund we do not give',
      '=HYPERLINK("x") 退款',
    ]);
  });
});
