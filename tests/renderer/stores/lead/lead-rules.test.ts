/**
 * The lead's rules as pure functions: who has lead access, the age buckets, what each call
 * becomes, and which key does what on an open inbox row.
 */
import { describe, expect, it } from 'vitest';
import type { EventRow } from '../../../../renderer/db/rows';
import { editIndexForKey, leadCallForKey } from '../../../../renderer/stores/keymap/lead-keys';
import { ageBucket } from '../../../../renderer/stores/lead/inbox/inbox-filters';
import type { InboxItem } from '../../../../renderer/stores/lead/inbox/inbox-item';
import { hasLeadAccess } from '../../../../renderer/stores/lead/lead-access';
import {
  planResolve,
  planSendBack,
  ResolveChoiceError,
} from '../../../../renderer/stores/lead/inbox/resolve-choice';
import type { HubRole } from '../../../../shared/sync/roles';

const as = (role: HubRole) => ({
  known: true,
  connection: { url: 'http://hub.test', user: { id: 'u', name: 'U', role } },
});

describe('lead access', () => {
  it('is for leads, admins and solo reviewers; never a reviewer or an evaluator, nor before the connection is read', () => {
    expect(hasLeadAccess({ known: true, connection: null })).toBe(true);
    expect(hasLeadAccess(as('lead'))).toBe(true);
    expect(hasLeadAccess(as('admin'))).toBe(true);
    expect(hasLeadAccess(as('reviewer'))).toBe(false);
    expect(hasLeadAccess(as('evaluator'))).toBe(false);
    expect(hasLeadAccess({ known: false, connection: null })).toBe(false);
  });
});

describe('age buckets', () => {
  const now = Date.parse('2026-12-07T12:00:00.000Z');
  it('splits at one day and seven days; a clock ahead of ours counts as new', () => {
    expect(ageBucket('2026-12-07T11:59:00.000Z', now)).toBe('day');
    expect(ageBucket('2026-12-08T12:00:00.000Z', now)).toBe('day');
    expect(ageBucket('2026-12-06T12:00:00.000Z', now)).toBe('week');
    expect(ageBucket('2026-11-30T12:00:01.000Z', now)).toBe('week');
    expect(ageBucket('2026-11-30T12:00:00.000Z', now)).toBe('older');
  });
});

function head(eventId: string, kind: EventRow['kind'], payload: object): EventRow {
  return {
    eventId,
    kind,
    payload,
    draftId: 'd',
    projectId: 'p',
    reviewerId: 'r',
    deviceId: 'dev',
    deviceSeq: 1,
    parents: [],
    payloadHash: 'h',
    activeMs: 0,
    clientTime: '2026-12-07T00:00:00.000Z',
    schemaVersion: 3,
    appVersion: 't',
  };
}

const item = {
  record: { draft: { draft: 'The original.' } },
  heads: [head('01A', 'edit', { finalText: 'Edited.' }), head('01B', 'escalate', {})],
} as unknown as InboxItem;

describe('what a call becomes', () => {
  it('always lists every head as parents; a final text equal to the original is an approve', () => {
    expect(planResolve(item, { kind: 'final-text', text: 'The original.' }, ' ')).toEqual({
      payload: { verdict: 'approve' },
      parents: ['01A', '01B'],
    });
    expect(planResolve(item, { kind: 'reviewer-edit', eventId: '01A' }, 'ok')).toEqual({
      payload: { verdict: 'edit', finalText: 'Edited.', note: 'ok' },
      parents: ['01A', '01B'],
    });
  });

  it('refuses an edit that is not among the heads, and a send-back without a comment', () => {
    expect(() => planResolve(item, { kind: 'reviewer-edit', eventId: '01B' }, '')).toThrow(
      ResolveChoiceError,
    );
    expect(() => planSendBack(item, '  ')).toThrow(ResolveChoiceError);
    expect(planSendBack(item, ' again ')).toEqual({
      payload: { text: 'again' },
      parents: ['01A', '01B'],
    });
  });
});

describe('keys on an open row', () => {
  it('maps the fixed letters (any case) and the digits 1–9', () => {
    expect(leadCallForKey('O')).toBe('acceptOriginal');
    expect(leadCallForKey('r')).toBe('reject');
    expect(leadCallForKey('Escape')).toBe('back');
    expect(leadCallForKey('j')).toBeUndefined();
    expect(editIndexForKey('1')).toBe(0);
    expect(editIndexForKey('0')).toBeNull();
  });
});
