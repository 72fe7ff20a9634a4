/**
 * Imports that stopped part-way (issue 4, "never half-done"): cancelled, failed, or interrupted
 * by a crash or a closed window (their job is still `running` on the next start). For each, the
 * reviewer chooses: choose the file again to finish it (writing is idempotent, so it adds only
 * what is missing), remove what it added (undecided drafts only: a decision is the reviewer's
 * work), or keep what it wrote.
 */
import { create } from 'zustand';
import { getDatabase } from '../../db/database-instance';
import type { ImportJobRow } from '../../db/import-job-row';
import {
  listUnfinishedImports,
  removeImportedDrafts,
  settleImportJob,
} from '../../db/repositories/import-jobs-repository';
import { getBridge } from '../../platform/current-bridge';
import { useQueueStore } from '../queue/queue-store';
import { IMPORT_EXTENSIONS, useImportStore } from './import-store';

export interface UnfinishedImportsState {
  jobs: ImportJobRow[];
  /** The job being removed or finished, so its buttons show progress. */
  workingOn: string | null;
  /** Drafts removed by the last "remove what it added". */
  lastRemoved: { fileName: string; count: number } | null;
  failed: boolean;
  load: () => Promise<void>;
  /** Asks for the file again, then finishes the import in the import flow. */
  finish: (job: ImportJobRow) => Promise<void>;
  remove: (job: SettledJob) => Promise<void>;
  keep: (job: SettledJob) => Promise<void>;
  reset: () => void;
}

/** What removing or keeping needs of a job (the import screen has no job row at hand). */
export type SettledJob = Pick<ImportJobRow, 'importId' | 'projectId' | 'fileName'>;

const initialState = { jobs: [], workingOn: null, lastRemoved: null, failed: false };

export const useUnfinishedImportsStore = create<UnfinishedImportsState>()((set, get) => {
  /** Runs `work` on `job`, then reads the list again (the job's state changed). */
  const onJob = async (job: SettledJob, work: () => Promise<void>) => {
    if (get().workingOn !== null) {
      return;
    }
    set({ workingOn: job.importId, failed: false, lastRemoved: null });
    try {
      await work();
    } catch (error) {
      console.error('Could not settle the import', error);
      set({ failed: true });
    } finally {
      set({ workingOn: null });
      await get().load();
    }
  };

  return {
    ...initialState,

    async load() {
      try {
        set({ jobs: await listUnfinishedImports(getDatabase()) });
      } catch (error) {
        console.error('Could not read unfinished imports', error);
        set({ failed: true });
      }
    },

    async finish(job) {
      const [picked] = await getBridge().openFiles({ extensions: IMPORT_EXTENSIONS });
      if (picked === undefined) {
        return;
      }
      await onJob(job, () => useImportStore.getState().finishImport(job, picked));
    },

    async remove(job) {
      await onJob(job, async () => {
        const count = await removeImportedDrafts(getDatabase(), job, new Date().toISOString());
        set({ lastRemoved: { fileName: job.fileName, count } });
        // The queue on screen may list the drafts just removed.
        const queue = useQueueStore.getState();
        if (queue.projectId === job.projectId) {
          await queue.open(job.projectId);
        }
      });
    },

    async keep(job) {
      await onJob(job, () =>
        settleImportJob(getDatabase(), job.importId, new Date().toISOString()),
      );
    },

    reset: () => set(initialState),
  };
});
