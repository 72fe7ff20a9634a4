/**
 * A small team's inbox for the lead tests: two projects; in p1 an escalation by ann (policy),
 * a dispute (ann approved, bo edited), a dispute of two edits (ann, bo) and cy's escalation, a
 * draft both
 * reviewers approved (agreed: not in the inbox); in p2 an escalation by bo (tone) on another model, made
 * ten days earlier. Decisions are stored as a pull would store teammates' events.
 */
import { getDatabase } from '../../../../renderer/db/database-instance';
import { recordDecision } from '../../../../renderer/db/repositories/decisions-repository';
import { putDrafts } from '../../../../renderer/db/repositories/drafts-repository';
import { putProject } from '../../../../renderer/db/repositories/projects-repository';
import type { DraftRow } from '../../../../renderer/db/rows';
import { useProfileStore } from '../../../../renderer/stores/profile/profile-store';
import { useProjectsStore } from '../../../../renderer/stores/projects/projects-store';
import type { DecisionKind, DecisionPayloads } from '../../../../shared/domain/decision-event';
import { decision } from '../../db/decision-fixture';

export const NOW = Date.parse('2026-12-07T12:00:00.000Z');
const RECENT = '2026-12-07T09:00:00.000Z';
const OLD = '2026-11-27T09:00:00.000Z';

function draftRow(projectId: string, id: string, extra: Partial<DraftRow> = {}): DraftRow {
  return {
    projectId,
    id,
    context: [{ kind: 'document', title: 'Refund policy', text: 'Refunds within 14 days.' }],
    prompt: `Answer the customer about ${id}`,
    draft: `Original text of ${id}.`,
    model: { name: 'gpt', version: '1' },
    promptVersion: 'v1',
    metadata: {},
    priority: 1,
    createdAt: '2026-11-01T00:00:00.000Z',
    status: 'pending',
    ...extra,
  };
}

let counter = 0;
/** A teammate's decision, stored as a pull stores it. Returns its event id. */
export async function teammateDecides<K extends DecisionKind>(
  projectId: string,
  draftId: string,
  reviewerId: string,
  kind: K,
  payload: DecisionPayloads[K],
  clientTime = RECENT,
  parents: string[] = [],
): Promise<string> {
  counter += 1;
  const eventId = `01J${String(counter).padStart(23, '0')}`;
  await recordDecision(
    getDatabase(),
    decision(eventId, kind, draftId, {
      projectId,
      reviewerId,
      deviceId: `dev-${reviewerId}`,
      payload,
      parents,
      clientTime,
      activeMs: 42_000,
    }),
  );
  return eventId;
}

export interface SeededTeam {
  escalation: string;
  dispute: string[];
  twoEdits: string[];
  /** Every head of d-edits: the two edits and cy's escalation. */
  editsHeads: string[];
  oldEscalation: string;
}

export async function seedTeamInbox(): Promise<SeededTeam> {
  counter = 0;
  const db = getDatabase();
  for (const id of ['p1', 'p2']) {
    await putProject(db, {
      id,
      name: id === 'p1' ? 'Support replies' : 'Sales emails',
      guidelines: '',
      guidelinesVersion: 3,
      createdAt: '2026-11-01T00:00:00.000Z',
      escalationReasons: [
        { id: 'policy', label: { en: 'Policy or compliance', 'zh-TW': '政策或法規' } },
        { id: 'tone', label: { en: 'Tone', 'zh-TW': '語氣' } },
      ],
    });
  }
  await putDrafts(db, [
    draftRow('p1', 'd-esc'),
    draftRow('p1', 'd-dispute'),
    draftRow('p1', 'd-edits'),
    draftRow('p1', 'd-agreed'),
    draftRow('p1', 'd-pending'),
  ]);
  await putDrafts(db, [draftRow('p2', 'd-old', { model: { name: 'claude', version: '2' } })]);
  const escalation = await teammateDecides('p1', 'd-esc', 'ann', 'escalate', {
    reasonId: 'policy',
    note: 'Promises a refund we do not give',
  });
  const dispute = [
    await teammateDecides('p1', 'd-dispute', 'ann', 'approve', { labels: { rating: 4 } }),
    await teammateDecides('p1', 'd-dispute', 'bo', 'edit', { finalText: 'Bo’s text.' }),
  ];
  const twoEdits = [
    await teammateDecides('p1', 'd-edits', 'ann', 'edit', { finalText: 'Ann’s words.' }),
    await teammateDecides('p1', 'd-edits', 'bo', 'edit', { finalText: 'Bo’s words.' }),
  ];
  // Two edits alone agree (both "edit"); cy's escalation beside them makes the dispute.
  const cyEscalation = await teammateDecides('p1', 'd-edits', 'cy', 'escalate', {
    reasonId: 'tone',
    note: 'Neither edit fits our tone',
  });
  await teammateDecides('p1', 'd-agreed', 'ann', 'approve', {});
  await teammateDecides('p1', 'd-agreed', 'bo', 'approve', {});
  const oldEscalation = await teammateDecides(
    'p2',
    'd-old',
    'bo',
    'escalate',
    { reasonId: 'tone', note: '' },
    OLD,
  );
  await useProjectsStore.getState().load();
  return {
    escalation,
    dispute,
    twoEdits,
    editsHeads: [...twoEdits, cyEscalation],
    oldEscalation,
  };
}

/** Signs in as the lead (a local profile; no hub: solo is their own lead). */
export async function signInAsLead(name = 'Lee'): Promise<string> {
  await useProfileStore.getState().load();
  if (useProfileStore.getState().profile === null) {
    await useProfileStore.getState().saveDisplayName(name);
  }
  return useProfileStore.getState().profile!.reviewerId;
}
