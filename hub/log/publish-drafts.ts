/**
 * A lead publishes, revises and withdraws drafts (SYNC.md §1, §8): `draft.published` (version
 * 1), `draft.revised` (one version more), `draft.withdrawn` (it leaves every queue; its
 * decisions stay). Content is compared by the SHA-256 of its canonical JSON, so a retry after
 * a lost answer writes nothing and is answered `unchanged`.
 */
import type { DraftInput } from '../../shared/domain/draft-schema';
import type { DraftAnswer } from '../../shared/sync/publish';
import { draftsByIds } from '../storage/queries/projections';
import type { DraftRow } from '../storage/rows';
import type { SqlExecutor } from '../storage/sql';
import { appendToLog, type NewRecord } from './append';
import { draftContentHash } from './content-hash';
import type { Writer } from './publish-project';
import { requireProject } from './publish-project';
import { HubRequestError } from './request-error';

/** What to do with a draft whose id is published with other content. */
export type OnChanged = 'refuse' | 'revise';

const draftRecord = (
  writer: Writer,
  projectId: string,
  kind: 'draft.published' | 'draft.revised',
  draftVersion: number,
  draft: DraftInput,
): NewRecord => ({
  recordId: writer.newId(),
  kind,
  projectId,
  draftId: draft.id,
  deviceId: null,
  deviceSeq: null,
  userId: writer.userId,
  payloadHash: null,
  body: { draftVersion, draft },
});

/**
 * Publishes `drafts` into the project in one transaction. A draft already published with the
 * same content is `unchanged`; with other content it is `exists` (the lead's route), or revised
 * (`onChanged: 'revise'`, the admin's import of a newer file). A withdrawn draft stays withdrawn.
 */
export async function publishDrafts(
  sql: SqlExecutor,
  writer: Writer,
  projectId: string,
  drafts: readonly DraftInput[],
  onChanged: OnChanged = 'refuse',
): Promise<DraftAnswer[]> {
  await requireProject(sql, projectId);
  const seen = new Set<string>();
  for (const draft of drafts) {
    if (seen.has(draft.id)) {
      throw new HubRequestError(
        400,
        'duplicate_draft_id',
        `The request holds the draft id ${JSON.stringify(draft.id.slice(0, 200))} twice.`,
      );
    }
    seen.add(draft.id);
  }
  const current = await draftsByIds(sql, projectId, [...seen]);
  const answers: DraftAnswer[] = [];
  /** For each answer that writes a record: its index in `records`, to fill in its `seq`. */
  const writes = new Map<DraftAnswer, number>();
  const records: NewRecord[] = [];
  const write = (kind: 'draft.published' | 'draft.revised', version: number, draft: DraftInput) => {
    records.push(draftRecord(writer, projectId, kind, version, draft));
    const answer: DraftAnswer = {
      draftId: draft.id,
      status: kind === 'draft.published' ? 'published' : 'revised',
      draftVersion: version,
      seq: 0,
    };
    writes.set(answer, records.length - 1);
    answers.push(answer);
  };
  for (const draft of drafts) {
    const held = current.get(draft.id);
    if (held === undefined) {
      write('draft.published', 1, draft);
    } else if (held.content_hash === draftContentHash(draft)) {
      answers.push(answerOf(held, 'unchanged'));
    } else if (held.withdrawn_seq !== null || onChanged === 'refuse') {
      answers.push(answerOf(held, 'exists'));
    } else {
      write('draft.revised', held.version + 1, draft);
    }
  }
  const rows = await appendToLog(sql, records, writer.now);
  for (const [answer, index] of writes) {
    answer.seq = rows[index]?.seq ?? 0;
  }
  return answers;
}

function answerOf(held: DraftRow, status: DraftAnswer['status']): DraftAnswer {
  return {
    draftId: held.draft_id,
    status,
    draftVersion: held.version,
    seq: status === 'withdrawn' ? (held.withdrawn_seq ?? held.content_seq) : held.content_seq,
  };
}

async function requireDraft(sql: SqlExecutor, projectId: string, draftId: string) {
  await requireProject(sql, projectId);
  const held = (await draftsByIds(sql, projectId, [draftId])).get(draftId);
  if (held === undefined) {
    throw new HubRequestError(
      404,
      'unknown_draft',
      'No draft with this id was published in the project.',
    );
  }
  return held;
}

export async function reviseDraft(
  sql: SqlExecutor,
  writer: Writer,
  projectId: string,
  baseVersion: number,
  draft: DraftInput,
): Promise<DraftAnswer> {
  const held = await requireDraft(sql, projectId, draft.id);
  if (held.withdrawn_seq !== null) {
    throw new HubRequestError(409, 'withdrawn', 'The draft was withdrawn; it cannot be revised.');
  }
  if (held.content_hash === draftContentHash(draft)) {
    return answerOf(held, 'unchanged');
  }
  if (baseVersion !== held.version) {
    throw new HubRequestError(
      409,
      'stale_version',
      `The draft was revised meanwhile: the hub holds version ${held.version}, the revision was ` +
        `made on version ${baseVersion}.`,
    );
  }
  const [row] = await appendToLog(
    sql,
    [draftRecord(writer, projectId, 'draft.revised', held.version + 1, draft)],
    writer.now,
  );
  return {
    draftId: draft.id,
    status: 'revised',
    draftVersion: held.version + 1,
    seq: row?.seq ?? 0,
  };
}

export async function withdrawDraft(
  sql: SqlExecutor,
  writer: Writer,
  projectId: string,
  draftId: string,
  reason: string | undefined,
): Promise<DraftAnswer> {
  const held = await requireDraft(sql, projectId, draftId);
  if (held.withdrawn_seq !== null) {
    return { ...answerOf(held, 'withdrawn'), status: 'unchanged' };
  }
  const [row] = await appendToLog(
    sql,
    [
      {
        recordId: writer.newId(),
        kind: 'draft.withdrawn',
        projectId,
        draftId,
        deviceId: null,
        deviceSeq: null,
        userId: writer.userId,
        payloadHash: null,
        body: { draftVersion: held.version, ...(reason === undefined ? {} : { reason }) },
      },
    ],
    writer.now,
  );
  return { draftId, status: 'withdrawn', draftVersion: held.version, seq: row?.seq ?? 0 };
}
