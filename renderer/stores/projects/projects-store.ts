/** Projects on this machine, and getting drafts in (for now: the bundled demo queue). */
import { create } from 'zustand';
import type { Language } from '../../../shared/ipc/contract';
import { getDatabase } from '../../db/database-instance';
import { addMissingDrafts } from '../../db/repositories/drafts-repository';
import { getProject, listProjects, putProject } from '../../db/repositories/projects-repository';
import type { ProjectRow } from '../../db/rows';
import { readDemoQueue } from './demo-queue';

export interface ProjectsState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  projects: ProjectRow[];
  /** True while the demo queue is being written. */
  loadingDemo: boolean;
  load: () => Promise<void>;
  /** Stores the demo project and any demo drafts it lacks; returns the project id. */
  loadDemoQueue: (language: Language) => Promise<string>;
  reset: () => void;
}

const initialState = {
  status: 'idle',
  projects: [],
  loadingDemo: false,
} satisfies Partial<ProjectsState>;

export const useProjectsStore = create<ProjectsState>()((set, get) => ({
  ...initialState,

  async load() {
    set({ status: 'loading' });
    try {
      set({ status: 'ready', projects: await listProjects(getDatabase()) });
    } catch (error) {
      console.error('Could not read projects', error);
      set({ status: 'error' });
    }
  },

  async loadDemoQueue(language) {
    set({ loadingDemo: true });
    try {
      const db = getDatabase();
      const { project, drafts } = await readDemoQueue(language);
      // Loading twice adds nothing: the project keeps its first texts and decided drafts stay.
      if ((await getProject(db, project.id)) === undefined) {
        await putProject(db, project);
      }
      await addMissingDrafts(db, drafts);
      await get().load();
      return project.id;
    } finally {
      set({ loadingDemo: false });
    }
  },

  reset: () => set(initialState),
}));
