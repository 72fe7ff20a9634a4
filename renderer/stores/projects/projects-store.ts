/** Projects on this machine, and getting drafts in (for now: the bundled demo queue). */
import { create } from 'zustand';
import type { Language } from '../../../shared/ipc/contract';
import { getDatabase } from '../../db/database-instance';
import { addMissingDrafts } from '../../db/repositories/drafts-repository';
import { checkProjectName, type ProjectNameProblem } from '../../../shared/domain/project-name';
import type { FieldMapping } from '../../../shared/import/field-mapping';
import { ulid } from '../../../shared/ids/ulid';
import {
  getProject,
  listProjects,
  putProject,
  updateProject,
} from '../../db/repositories/projects-repository';
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
  /** Creates an empty project (no rubric questions, no guidelines yet); returns its id. */
  createProject: (name: string) => Promise<ProjectChange>;
  renameProject: (id: string, name: string) => Promise<ProjectChange>;
  /** Remembers the field mapping of an import, to offer it for the next file. */
  rememberImportMapping: (id: string, mapping: FieldMapping) => Promise<void>;
  reset: () => void;
}

/** The project's id when the change was made, or why the name was refused. */
export type ProjectChange = { ok: true; id: string } | { ok: false; problem: ProjectNameProblem };

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

  async createProject(name) {
    const checked = checkProjectName(name);
    if (!checked.ok) {
      return checked;
    }
    const id = ulid();
    await putProject(getDatabase(), {
      id,
      name: checked.name,
      guidelines: '',
      guidelinesVersion: 1,
      createdAt: new Date().toISOString(),
    });
    await get().load();
    return { ok: true, id };
  },

  async renameProject(id, name) {
    const checked = checkProjectName(name);
    if (!checked.ok) {
      return checked;
    }
    await updateProject(getDatabase(), id, { name: checked.name });
    await get().load();
    return { ok: true, id };
  },

  async rememberImportMapping(id, mapping) {
    await updateProject(getDatabase(), id, { importMapping: mapping });
    await get().load();
  },

  reset: () => set(initialState),
}));
