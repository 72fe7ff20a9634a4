/**
 * The open project: opening one (on the remembered draft, else its first pending, else its
 * first), following its renames and new settings, and closing it (reset). The review store is
 * the one owner of which project is open; the queue and the navigation read it from here.
 */
import { onDataChange, type DataChange } from '../../../db/change-feed';
import { getDatabase } from '../../../db/database-instance';
import { getMeta } from '../../../db/repositories/meta-repository';
import { getProject } from '../../../db/repositories/projects-repository';
import {
  firstQueueEntryWithStatus,
  readQueuePage,
} from '../../../db/repositories/queue-entries-repository';
import { createLoadedDrafts } from '../loaded-drafts';
import type { OpenProjectSlice } from '../review-state';
import { resetActiveTimer } from '../review-session';
import { cursorInitialState, followDraftChanges, showDraft } from './cursor';
import { decisionsInitialState } from './decisions';
import { stillOpen, type ReviewContext } from './review-context';

const closedState = {
  project: null,
  ...cursorInitialState,
  ...decisionsInitialState,
};

/** A pulled or published project row changes the open project's name and settings on screen. */
function followProjectChanges(context: ReviewContext, change: DataChange): void {
  const { project } = context.get();
  if (project === null || change.projects?.includes(project.id) !== true) {
    return;
  }
  void getProject(getDatabase(), project.id).then((fresh) => {
    if (fresh !== undefined && stillOpen(context, fresh.id)) {
      context.set({ project: fresh });
    }
  });
}

export function createOpenProjectSlice(context: ReviewContext): OpenProjectSlice {
  let unfollow: (() => void) | null = null;
  const follow = () =>
    onDataChange((change) => {
      if (context.loaded === null || context.get().project === null) {
        return;
      }
      followProjectChanges(context, change);
      followDraftChanges(context, change);
    });

  return {
    project: null,

    async openProject(projectId) {
      unfollow ??= follow();
      context.openToken += 1;
      const token = context.openToken;
      const db = getDatabase();
      const cache = createLoadedDrafts(projectId);
      context.loaded?.clear();
      context.loaded = cache;
      const [project, position] = await Promise.all([
        getProject(db, projectId),
        getMeta(db, 'reviewPosition'),
      ]);
      if (token !== context.openToken) {
        return;
      }
      resetActiveTimer();
      context.set({ ...closedState, project: project ?? null });
      const remembered =
        position?.projectId === projectId ? await cache.load(position.draftId) : undefined;
      const start =
        remembered?.draft.id ??
        (await firstQueueEntryWithStatus(db, projectId, 'pending'))?.draftId ??
        (await readQueuePage(db, projectId, null, 1)).entries[0]?.draftId;
      if (start !== undefined && token === context.openToken) {
        await showDraft(context, start, { remember: false });
      }
    },

    projectChanged(project) {
      if (stillOpen(context, project.id)) {
        context.set({ project });
      }
    },

    reset: () => {
      unfollow?.();
      unfollow = null;
      context.saves.forget();
      context.loaded?.clear();
      context.loaded = null;
      context.set(closedState);
    },
  };
}
