/**
 * Projects on this machine: creating and renaming them, their versioned review settings
 * (guidelines, rubric, escalation reasons), and getting drafts in (the bundled demo queue).
 */
import { DEFAULT_ESCALATION_REASONS } from '../../../shared/domain/default-escalation-reasons';
import { create } from 'zustand';
import type { Language } from '../../../shared/ipc/contract';
import { onDataChange } from '../../db/change-feed';
import { getDatabase } from '../../db/database-instance';
import { addMissingDrafts } from '../../db/repositories/drafts-repository';
import { checkProjectName, type ProjectNameProblem } from '../../../shared/domain/project-name';
import {
  checkProjectSettings,
  type SettingsProblem,
} from '../../../shared/domain/project-settings-check';
import type { FieldMapping } from '../../../shared/import/field-mapping';
import { ulid } from '../../../shared/ids/ulid';
import {
  getProject,
  listProjects,
  putProject,
  saveProjectSettings,
  updateProject,
} from '../../db/repositories/projects-repository';
import type { ProjectRow } from '../../db/rows';
import { useReviewStore } from '../review/review-store';
import { readDemoQueue } from './demo-queue';

export interface ProjectsState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  projects: ProjectRow[];
  /** True while the demo queue is being written. */
  loadingDemo: boolean;
  load: () => Promise<void>;
  /** Stores the demo project and any demo drafts it lacks; returns the project id. */
  loadDemoQueue: (language: Language) => Promise<string>;
  /**
   * Creates a project with no drafts, rubric questions or guidelines yet, and the default
   * escalation reasons; returns its id.
   */
  createProject: (name: string) => Promise<ProjectChange>;
  renameProject: (id: string, name: string) => Promise<ProjectChange>;
  /**
   * Checks and stores new guidelines, escalation reasons and rubric as the project's next
   * settings version (one more than the stored one; unchanged settings keep it). `baseVersion`
   * is the version the edit started from: if another window saved since, nothing is written.
   */
  saveProjectSettings: (
    id: string,
    settings: unknown,
    baseVersion?: number,
  ) => Promise<ProjectSettingsChange>;
  /** Remembers the field mapping of an import, to offer it for the next file. */
  rememberImportMapping: (id: string, mapping: FieldMapping) => Promise<void>;
  reset: () => void;
}

/** The project's id when the change was made, or why the name was refused. */
export type ProjectChange = { ok: true; id: string } | { ok: false; problem: ProjectNameProblem };

/** The settings version in force after a save, or why nothing was stored. */
export type ProjectSettingsChange =
  | { ok: true; version: number; changed: boolean }
  | { ok: false; reason: 'invalid'; problems: SettingsProblem[] }
  | { ok: false; reason: 'conflict'; version: number }
  | { ok: false; reason: 'missing' };

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
      escalationReasons: DEFAULT_ESCALATION_REASONS.map((reason) => ({ ...reason })),
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
    const db = getDatabase();
    await updateProject(db, id, { name: checked.name });
    await get().load();
    const renamed = await getProject(db, id);
    if (renamed !== undefined) {
      useReviewStore.getState().projectChanged(renamed);
    }
    return { ok: true, id };
  },

  async saveProjectSettings(id, settings, baseVersion) {
    const checked = checkProjectSettings(settings);
    if (!checked.ok) {
      return { ok: false, reason: 'invalid', problems: checked.problems };
    }
    const written = await saveProjectSettings(getDatabase(), id, checked.settings, baseVersion);
    if (written.status === 'missing') {
      return { ok: false, reason: 'missing' };
    }
    if (written.status === 'conflict') {
      return { ok: false, reason: 'conflict', version: written.project.guidelinesVersion };
    }
    await get().load();
    // Decisions made from now on record the new version (the review store stamps its project's).
    useReviewStore.getState().projectChanged(written.project);
    return {
      ok: true,
      version: written.project.guidelinesVersion,
      changed: written.status === 'saved',
    };
  },

  async rememberImportMapping(id, mapping) {
    await updateProject(getDatabase(), id, { importMapping: mapping });
    await get().load();
  },

  reset: () => set(initialState),
}));

// Projects pulled from the hub or published from another window show up without a reload; the
// open review takes a project's new settings the same way (review-store follows the feed).
onDataChange((change) => {
  if (change.projects !== undefined && useProjectsStore.getState().status !== 'idle') {
    void useProjectsStore.getState().load();
  }
});
