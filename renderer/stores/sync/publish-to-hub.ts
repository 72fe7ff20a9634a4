/**
 * A lead's writes to the hub (SYNC.md §1, §8): publishing a local project (its settings, then its
 * drafts in requests of at most 500), revising its settings, withdrawing a draft. Every call is
 * safe to repeat — the hub answers `unchanged` for what it already holds — so a publish cut off
 * halfway is finished by running it again. Drafts the hub holds with other content (the lead
 * re-imported a changed file) are sent as revisions of the version the hub has.
 */
import type { DraftInput } from '../../../shared/domain/draft-schema';
import { settingsOf } from '../../../shared/domain/project-settings';
import type { HubFailure } from '../../../shared/sync/hub-failure';
import { MAX_PUBLISH_BYTES, MAX_PUBLISH_DRAFTS } from '../../../shared/sync/limits';
import type { LoupeDatabase } from '../../db/loupe-database';
import { countQueueEntries } from '../../db/repositories/queue-entries-repository';
import { readDraftPage } from '../../db/repositories/drafts-repository';
import { readHubState } from '../../db/repositories/hub-state-repository';
import type { DraftRow, ProjectRow } from '../../db/rows';
import type { HubTransport } from '../../sync/sync-types';

export interface PublishProgress {
  /** Drafts the hub has answered for, of `total`. */
  done: number;
  total: number;
}

export type PublishOutcome =
  | { ok: true; published: number; unchanged: number; revised: number; skipped: number }
  | { ok: false; failure: HubFailure; done: number };

/** The draft as the hub takes it: without what only this machine keeps. */
export function draftForHub(row: DraftRow): DraftInput {
  const {
    projectId: _projectId,
    status: _status,
    changedSinceReview: _changed,
    importId: _importId,
    draftVersion: _version,
    withdrawn: _withdrawn,
    arrival: _arrival,
    ...draft
  } = row;
  return draft;
}

/** Splits drafts into requests within the hub's count and size limits. */
function* requests(drafts: readonly DraftInput[]): Generator<DraftInput[]> {
  let batch: DraftInput[] = [];
  let bytes = 0;
  for (const draft of drafts) {
    const size = new TextEncoder().encode(JSON.stringify(draft)).byteLength + 1;
    if (
      batch.length > 0 &&
      (batch.length >= MAX_PUBLISH_DRAFTS || bytes + size > MAX_PUBLISH_BYTES - 1_024)
    ) {
      yield batch;
      batch = [];
      bytes = 0;
    }
    batch.push(draft);
    bytes += size;
  }
  if (batch.length > 0) {
    yield batch;
  }
}

/** Publishes `project` and every draft of it that is not withdrawn. */
export async function publishProject(
  db: LoupeDatabase,
  hub: HubTransport,
  project: ProjectRow,
  onProgress: (progress: PublishProgress) => void,
  shouldStop: () => boolean = () => false,
): Promise<PublishOutcome> {
  const answer = await hub.call({
    op: 'publish-project',
    body: {
      projectId: project.id,
      name: project.name,
      settings: settingsOf(project),
      settingsVersion: project.guidelinesVersion,
    },
  });
  if (!answer.ok) {
    return { ok: false, failure: answer.failure, done: 0 };
  }
  const total = await countQueueEntries(db, project.id);
  const counts = { published: 0, unchanged: 0, revised: 0, skipped: 0 };
  let done = 0;
  onProgress({ done, total });
  // Read a page at a time (a project may hold 100k drafts), each sent before the next is read.
  for (let afterId: string | null = null; ;) {
    const page: DraftRow[] = await readDraftPage(db, project.id, afterId, MAX_PUBLISH_DRAFTS);
    if (page.length === 0) {
      break;
    }
    afterId = page[page.length - 1]?.id ?? null;
    const live = page.filter((row) => row.withdrawn === undefined).map(draftForHub);
    for (const drafts of requests(live)) {
      if (shouldStop()) {
        return {
          ok: false,
          failure: { kind: 'refused', code: 'stopped', message: 'Stopped.' },
          done,
        };
      }
      const sent = await hub.call({
        op: 'publish-drafts',
        projectId: project.id,
        body: { drafts },
      });
      if (!sent.ok) {
        return { ok: false, failure: sent.failure, done };
      }
      for (const result of sent.value.results) {
        if (result.status === 'exists') {
          const draft = drafts.find((candidate) => candidate.id === result.draftId);
          const revised =
            draft === undefined
              ? null
              : await hub.call({
                  op: 'revise-draft',
                  projectId: project.id,
                  draftId: result.draftId,
                  body: { baseVersion: result.draftVersion, draft },
                });
          if (revised?.ok === true) {
            counts.revised += 1;
          } else if (revised !== null && revised.failure.code !== 'stale_version') {
            // The hub could not be asked (offline, busy): the publish is not finished.
            return { ok: false, failure: revised.failure, done };
          } else {
            counts.skipped += 1; // someone revised it on the hub meanwhile: theirs stands
          }
        } else if (result.status === 'published') {
          counts.published += 1;
        } else if (result.status === 'withdrawn') {
          counts.skipped += 1;
        } else {
          counts.unchanged += 1;
        }
      }
      done += drafts.length;
      onProgress({ done, total });
    }
  }
  const { identity } = await readHubState(db);
  if (identity !== undefined) {
    // Its decisions may be pushed from now on; the pull confirms the rest.
    await db.projects.update(project.id, {
      hub: { hubId: identity.hubId, publishedSeq: answer.value.seq },
    });
  }
  return { ok: true, ...counts };
}

/** A new settings version of a project on the hub, from the version the lead edited. */
export async function reviseSettingsOnHub(
  hub: HubTransport,
  project: ProjectRow,
  settings: ReturnType<typeof settingsOf>,
  baseVersion: number,
  name?: string,
) {
  return hub.call({
    op: 'revise-settings',
    projectId: project.id,
    body: { baseVersion, settings, ...(name === undefined ? {} : { name }) },
  });
}

/** Takes a draft out of every queue on the team; its decisions stay. */
export async function withdrawDraftOnHub(
  hub: HubTransport,
  projectId: string,
  draftId: string,
  reason?: string,
) {
  return hub.call({
    op: 'withdraw-draft',
    projectId,
    draftId,
    body: reason === undefined || reason.trim() === '' ? {} : { reason: reason.trim() },
  });
}
