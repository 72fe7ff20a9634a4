/**
 * The audit log's files (issue 14 point 7), byte for byte: the CSV with its BOM, CRLF and a
 * note that would run as a formula neutralised, Chinese intact; JSON Lines verbatim. Written a
 * row at a time, so the hub and the app can stream them.
 */
import { describe, expect, it } from 'vitest';
import {
  AUDIT_COLUMNS,
  auditCsv,
  auditCsvHeader,
  auditJsonLine,
  auditJsonl,
  auditRow,
} from '../../../shared/audit';
import { auditEvent } from './audit-event';

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const joined = (chunks: Iterable<Uint8Array>) => {
  const parts = [...chunks];
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  return bytes;
};

const escalation = auditRow(
  auditEvent(
    'escalate',
    { reasonId: 'factual-error', note: '=HYPERLINK("http://evil","金額")' },
    { guidelinesVersion: 2, parents: ['01P1', '01P2'] },
  ),
  { seq: 12, receivedAt: '2026-12-01T09:00:05.000Z', reviewerName: '林怡君' },
);
const local = auditRow(auditEvent('skip', {}, { eventId: '01LOCAL' }), {
  model: { name: 'gpt-x', version: '' },
});

describe('the audit log as CSV', () => {
  it('writes the BOM and the header once, then one CRLF line a row, byte for byte', () => {
    const bytes = joined(auditCsv([escalation, local]));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decoder.decode(bytes)).toBe(
      '\uFEFF' +
        'seq,eventId,kind,projectId,draftId,reviewerId,reviewerName,clientTime,receivedAt,' +
        'deviceId,deviceSeq,guidelinesVersion,modelName,modelVersion,draftVersion,verdict,' +
        'reasonId,note,retracts,parents\r\n' +
        '12,01JEXAMPLE0000000000000001,escalate,proj-1,d-1,user-rita,林怡君,' +
        '2026-12-01T09:00:00.000Z,2026-12-01T09:00:05.000Z,device-a,7,2,,,,escalate,' +
        'factual-error,"\'=HYPERLINK(""http://evil"",""金額"")",,01P1 01P2\r\n' +
        ',01LOCAL,skip,proj-1,d-1,user-rita,,2026-12-01T09:00:00.000Z,,device-a,7,,gpt-x,"",,' +
        'skip,,,,\r\n',
    );
  });

  it('has one column per field of the row, in the row’s order', () => {
    expect([...AUDIT_COLUMNS]).toEqual(Object.keys(escalation));
    expect(decoder.decode(auditCsvHeader()).split(',')).toHaveLength(AUDIT_COLUMNS.length);
  });
});

describe('the audit log as JSON Lines', () => {
  it('writes each row as one line, text verbatim, keys in the row’s order', () => {
    const text = decoder.decode(joined(auditJsonl([escalation, local])));
    const lines = text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[0] ?? '')).toEqual(escalation);
    expect(lines[0]).toContain('"note":"=HYPERLINK(\\"http://evil\\",\\"金額\\")"');
    expect(lines[0]?.startsWith('{"seq":12,"eventId":')).toBe(true);
    expect(decoder.decode(auditJsonLine(local))).toBe(`${JSON.stringify(local)}\n`);
  });
});
