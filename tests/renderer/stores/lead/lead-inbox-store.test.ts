/**
 * The lead's inbox store (issue 14): escalated and disputed drafts of every project, filters
 * with counts, J/K movement, and the lead's calls — a `resolve` whose parents are every head,
 * recorded with its outbox row like any decision, undone by a `retract`; "send back" as a
 * comment on the heads that takes the draft out until a reviewer decides again.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '../../../../renderer/db/database-instance';
import { getDraftState } from '../../../../renderer/db/repositories/draft-state-repository';
import { listDraftEvents } from '../../../../renderer/db/repositories/events-repository';
import { countInbox } from '../../../../renderer/stores/lead/inbox/inbox-filters';
import { inboxKey } from '../../../../renderer/stores/lead/inbox/inbox-item';
import {
  useLeadInboxStore,
  visibleItems,
} from '../../../../renderer/stores/lead/inbox/lead-inbox-store';
import { resetAppEnvironment } from '../../support/app-env';
import { NOW, seedTeamInbox, signInAsLead, teammateDecides } from './inbox-support';

const inbox = () => useLeadInboxStore.getState();
const shownIds = () => visibleItems(inbox(), NOW).map((item) => item.draftId);

async function eventsOf(projectId: string, draftId: string) {
  return listDraftEvents(getDatabase(), projectId, draftId);
}

beforeEach(async () => {
  await resetAppEnvironment();
  useLeadInboxStore.getState().reset();
});

describe('the lead inbox rows', () => {
  it('lists escalated and disputed drafts of every project, oldest waiting first', async () => {
    await signInAsLead();
    await seedTeamInbox();
    await inbox().load();
    expect(shownIds()).toEqual(['d-old', 'd-dispute', 'd-edits', 'd-esc']);
    const dispute = inbox().items.find((item) => item.draftId === 'd-dispute')!;
    expect(dispute.status).toBe('disputed');
    expect(dispute.reviewers).toEqual(['ann', 'bo']);
    expect(dispute.reasons).toEqual(['disputed']);
    expect(inbox().selectedKey).toBe(inboxKey('p2', 'd-old'));
  });

  it('filters by project, reason, reviewer, model, prompt version and age, with counts', async () => {
    await signInAsLead();
    await seedTeamInbox();
    await inbox().load();
    const counts = countInbox(visibleItems(inbox(), NOW), {}, NOW);
    expect(Object.fromEntries(counts.project)).toEqual({ p1: 3, p2: 1 });
    expect(Object.fromEntries(counts.reason)).toEqual({ disputed: 2, policy: 1, tone: 2 });
    expect(Object.fromEntries(counts.reviewer)).toEqual({ ann: 3, bo: 3, cy: 1 });
    expect(Object.fromEntries(counts.model)).toEqual({ 'gpt 1': 3, 'claude 2': 1 });
    expect(Object.fromEntries(counts.age)).toEqual({ day: 3, older: 1 });

    inbox().setFilter('reason', 'disputed');
    expect(shownIds()).toEqual(['d-dispute', 'd-edits']);
    // Counts of another facet follow the chosen reason; the reason facet keeps its own.
    const narrowed = countInbox(
      visibleItems({ ...inbox(), filters: {} }, NOW),
      inbox().filters,
      NOW,
    );
    expect(Object.fromEntries(narrowed.project)).toEqual({ p1: 2 });
    expect(narrowed.reason.get('tone')).toBe(2);

    inbox().setFilter('reason', null);
    inbox().setFilter('age', 'older');
    expect(shownIds()).toEqual(['d-old']);
    inbox().setFilter('model', 'gpt 1');
    expect(shownIds()).toEqual([]);
    inbox().clearFilters();
    inbox().setFilter('reviewer', 'ann');
    inbox().setFilter('promptVersion', 'v1');
    expect(shownIds()).toEqual(['d-dispute', 'd-edits', 'd-esc']);
  });

  it('moves the cursor with J/K steps, stopping at both ends', async () => {
    await signInAsLead();
    await seedTeamInbox();
    await inbox().load();
    inbox().move(1, NOW);
    inbox().move(1, NOW);
    expect(inbox().selectedKey).toBe(inboxKey('p1', 'd-edits'));
    inbox().move(5, NOW);
    expect(inbox().selectedKey).toBe(inboxKey('p1', 'd-esc'));
    inbox().move(-9, NOW);
    expect(inbox().selectedKey).toBe(inboxKey('p2', 'd-old'));
    inbox().open();
    expect(inbox().openKey).toBe(inboxKey('p2', 'd-old'));
  });
});

describe('resolving', () => {
  it('records a resolve listing every head as its parents; the draft leaves the inbox', async () => {
    const me = await signInAsLead();
    const seeded = await seedTeamInbox();
    await inbox().load();
    inbox().open(inboxKey('p1', 'd-edits'));
    const bo = seeded.twoEdits[1]!;
    expect(await inbox().resolve({ kind: 'reviewer-edit', eventId: bo }, '  Bo is right  ')).toBe(
      true,
    );

    const resolve = (await eventsOf('p1', 'd-edits')).find((event) => event.kind === 'resolve')!;
    expect(resolve.reviewerId).toBe(me);
    expect(resolve.parents).toEqual([...seeded.editsHeads].sort());
    expect(resolve.payload).toEqual({
      verdict: 'edit',
      finalText: 'Bo’s words.',
      note: 'Bo is right',
    });
    expect(resolve.guidelinesVersion).toBe(3);
    // Synced like every decision: its outbox row waits for the hub.
    const outbox = await getDatabase().outbox.get(resolve.eventId);
    expect(outbox?.state).toBe('pending');

    const state = await getDraftState(getDatabase(), 'p1', 'd-edits');
    expect(state?.status).toBe('resolved');
    expect(state?.finalText).toBe('Bo’s words.');
    expect(shownIds()).not.toContain('d-edits');
    expect(inbox().openKey).toBeNull();
  });

  it('accepts the original, writes a final text, or rejects — each with the heads as parents', async () => {
    await signInAsLead();
    const seeded = await seedTeamInbox();
    await inbox().load();

    inbox().open(inboxKey('p1', 'd-dispute'));
    await inbox().resolve({ kind: 'original' }, '');
    inbox().open(inboxKey('p1', 'd-esc'));
    await inbox().resolve({ kind: 'final-text', text: 'No refund after 14 days.' }, 'rewritten');
    inbox().open(inboxKey('p2', 'd-old'));
    await inbox().resolve({ kind: 'reject' }, 'off-brand');

    const last = async (projectId: string, draftId: string) =>
      (await eventsOf(projectId, draftId)).find((event) => event.kind === 'resolve')!;
    expect(await last('p1', 'd-dispute')).toMatchObject({
      parents: [...seeded.dispute].sort(),
      payload: { verdict: 'approve' },
    });
    expect(await last('p1', 'd-esc')).toMatchObject({
      parents: [seeded.escalation],
      payload: { verdict: 'edit', finalText: 'No refund after 14 days.', note: 'rewritten' },
    });
    expect(await last('p2', 'd-old')).toMatchObject({
      parents: [seeded.oldEscalation],
      payload: { verdict: 'reject', note: 'off-brand' },
    });
    expect(shownIds()).toEqual(['d-edits']);
  });

  it('undo retracts the lead’s resolve and the draft is back in the inbox, disputed', async () => {
    await signInAsLead();
    await seedTeamInbox();
    await inbox().load();
    inbox().open(inboxKey('p1', 'd-dispute'));
    await inbox().resolve({ kind: 'reject' }, '');
    expect(shownIds()).not.toContain('d-dispute');

    expect(await inbox().undo()).toBe(true);
    const events = await eventsOf('p1', 'd-dispute');
    const resolve = events.find((event) => event.kind === 'resolve')!;
    const retract = events.find((event) => event.kind === 'retract')!;
    expect(retract.payload).toEqual({ targetEventId: resolve.eventId });
    expect((await getDatabase().outbox.get(retract.eventId))?.state).toBe('pending');
    expect((await getDraftState(getDatabase(), 'p1', 'd-dispute'))?.status).toBe('disputed');
    expect(shownIds()).toContain('d-dispute');
    expect(inbox().selectedKey).toBe(inboxKey('p1', 'd-dispute'));
    // Nothing more to take back: the lead's only call is undone.
    expect(await inbox().undo()).toBe(false);
    expect(inbox().errorKey).toBe('lead.inbox.errors.nothingToUndo');
  });

  it('undo after a restart takes back the lead’s latest call from the store, then the one before', async () => {
    await signInAsLead();
    await seedTeamInbox();
    await inbox().load();
    inbox().open(inboxKey('p1', 'd-dispute'));
    await inbox().resolve({ kind: 'reject' }, '');
    inbox().open(inboxKey('p1', 'd-edits'));
    await inbox().sendBack('Check the refund amount');
    // A new sitting: the in-memory calls are gone, the events are not.
    useLeadInboxStore.getState().reset();
    await inbox().load();

    expect(await inbox().undo()).toBe(true); // the send-back, the latest call
    const sendBack = (await eventsOf('p1', 'd-edits')).find((event) => event.kind === 'comment')!;
    expect(
      (await eventsOf('p1', 'd-edits')).some(
        (event) =>
          event.kind === 'retract' &&
          (event.payload as { targetEventId: string }).targetEventId === sendBack.eventId,
      ),
    ).toBe(true);
    expect(await inbox().undo()).toBe(true); // then the resolve before it
    expect((await getDraftState(getDatabase(), 'p1', 'd-dispute'))?.status).toBe('disputed');
    expect(shownIds()).toEqual(expect.arrayContaining(['d-dispute', 'd-edits']));
    expect(await inbox().undo()).toBe(false);
  });
});

describe('sending back to the queue', () => {
  it('needs a comment; the comment lists the heads and the draft waits on the reviewers', async () => {
    await signInAsLead();
    const seeded = await seedTeamInbox();
    await inbox().load();
    inbox().open(inboxKey('p1', 'd-esc'));
    expect(await inbox().sendBack('   ')).toBe(false);
    expect(inbox().errorKey).toBe('lead.inbox.errors.commentRequired');

    expect(await inbox().sendBack('Check the refund policy again')).toBe(true);
    const comment = (await eventsOf('p1', 'd-esc')).find((event) => event.kind === 'comment')!;
    expect(comment.parents).toEqual([seeded.escalation]);
    expect(comment.payload).toEqual({ text: 'Check the refund policy again' });
    expect(shownIds()).not.toContain('d-esc');
    expect(inbox().items.find((item) => item.draftId === 'd-esc')?.sentBack?.text).toBe(
      'Check the refund policy again',
    );
    // The status is the reviewers' to change: still escalated until one decides again.
    expect((await getDraftState(getDatabase(), 'p1', 'd-esc'))?.status).toBe('escalated');

    // Ann escalates again (her new decision replaces her own head): the draft is back.
    await teammateDecides(
      'p1',
      'd-esc',
      'ann',
      'escalate',
      { reasonId: 'policy', note: 'Still unsure' },
      '2026-12-07T11:00:00.000Z',
      [seeded.escalation],
    );
    await inbox().load();
    expect(shownIds()).toContain('d-esc');
  });

  it('leaves the inbox for good when the reviewer approves after the send-back; undo brings it back before that', async () => {
    await signInAsLead();
    const seeded = await seedTeamInbox();
    await inbox().load();
    inbox().open(inboxKey('p1', 'd-esc'));
    await inbox().sendBack('Look again');
    await inbox().undo();
    expect(shownIds()).toContain('d-esc');

    inbox().open(inboxKey('p1', 'd-esc'));
    await inbox().sendBack('Look again');
    await teammateDecides('p1', 'd-esc', 'ann', 'approve', {}, '2026-12-07T11:00:00.000Z', [
      seeded.escalation,
    ]);
    await inbox().load();
    expect(inbox().items.map((item) => item.draftId)).not.toContain('d-esc');
  });
});
