/**
 * Projects on this machine: creating and renaming them, their versioned review settings
 * (guidelines, rubric, escalation reasons), and getting drafts in (the bundled demo queue).
 * A project on the team hub is the hub's: its name and settings change only through the hub,
 * by a lead or an admin (SYNC.md §8), and reach this machine like everyone's, by pull.
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
import { settingsOf, type ProjectSettings } from '../../../shared/domain/project-settings';
import { sameSettings } from '../../../shared/domain/project-settings-check';
import type { HubFailure } from '../../../shared/sync/hub-failure';
import { PUBLISHING_ROLES } from '../../../shared/sync/roles';
import { getBridge } from '../../platform/current-bridge';
import {
  getProject,
  listProjects,
  putProject,
  saveProjectSettings,
  updateProject,
} from '../../db/repositories/projects-repository';
import type { ProjectRow } from '../../db/rows';
import { useReviewStore } from '../review/review-store';
import { reviseSettingsOnHub } from '../sync/publish-to-hub';
import { useSyncStore } from '../sync/sync-store';
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
  createProject: (name: string) => Promise<ProjectNameChange>;
  /** Renames a project; one on the hub through the hub (a lead or an admin only). */
  renameProject: (id: string, name: string) => Promise<ProjectChange>;
  /**
   * Checks and stores new guidelines, escalation reasons and rubric as the project's next
   * settings version (one more than the stored one; unchanged settings keep it). `baseVersion`
   * is the version the edit started from: if another window saved since, nothing is written.
   * A project on the hub changes only on the hub: a lead's or admin's change is sent there
   * first (`stale` when someone changed it since), anyone else's is refused (`lead-only`).
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

/**
 * Why the hub did not take a change to a project it holds: only a lead or an admin may make one
 * (`lead-only`), someone changed the project on the hub since (`stale`: the pull brings their
 * version), or the call failed (`hub`, with the failure: not connected, offline…).
 */
export type HubChangeRefusal =
  | { ok: false; reason: 'lead-only' }
  | { ok: false; reason: 'stale' }
  | { ok: false; reason: 'hub'; failure: HubFailure };

/** The project's id when the change was made, or why the name was refused. */
export type ProjectNameChange =
  { ok: true; id: string } | { ok: false; problem: ProjectNameProblem };

/** A rename: as {@link ProjectNameChange}, or why the hub did not take it (a project on the hub). */
export type ProjectChange = ProjectNameChange | HubChangeRefusal;

/** The settings version in force after a save, or why nothing was stored. */
export type ProjectSettingsChange =
  | { ok: true; version: number; changed: boolean }
  | { ok: false; reason: 'invalid'; problems: SettingsProblem[] }
  | { ok: false; reason: 'conflict'; version: number }
  | { ok: false; reason: 'missing' }
  | HubChangeRefusal;

/**
 * Sends a new name or settings of a project on the hub, as a new settings version made from the
 * version this machine holds. The hub answers only after its commit; the same record then comes
 * back by pull (applied by id, so writing it here first is harmless).
 */
async function changeOnHub(
  project: ProjectRow,
  settings: ProjectSettings,
  name?: string,
): Promise<{ ok: true; version: number; changed: boolean } | HubChangeRefusal> {
  const { connection } = useSyncStore.getState();
  if (connection === null) {
    const failure: HubFailure = { kind: 'not-connected', message: 'No team hub is connected.' };
    return { ok: false, reason: 'hub', failure };
  }
  if (!PUBLISHING_ROLES.includes(connection.user.role)) {
    return { ok: false, reason: 'lead-only' };
  }
  const base = project.guidelinesVersion;
  const answer = await reviseSettingsOnHub(getBridge().hub, project, settings, base, name);
  if (!answer.ok) {
    if (answer.failure.code === 'stale_version') {
      // Someone else's version is on the hub: fetch it, so reopening the editor shows it.
      useSyncStore.getState().syncNow();
      return { ok: false, reason: 'stale' };
    }
    return { ok: false, reason: 'hub', failure: answer.failure };
  }
  const { project: onHub, status } = answer.value;
  const db = getDatabase();
  const stored = await getProject(db, project.id);
  // Unless a pull already brought this version (or a newer one).
  if (stored !== undefined && stored.guidelinesVersion <= onHub.settingsVersion) {
    await updateProject(db, project.id, {
      name: onHub.name,
      ...onHub.settings,
      guidelinesVersion: onHub.settingsVersion,
    });
  }
  return { ok: true, version: onHub.settingsVersion, changed: status !== 'unchanged' };
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
    const stored = await getProject(db, id);
    if (stored?.hub !== undefined) {
      if (stored.name === checked.name) {
        return { ok: true, id };
      }
      const changed = await changeOnHub(stored, settingsOf(stored), checked.name);
      if (!changed.ok) {
        return changed;
      }
    } else {
      await updateProject(db, id, { name: checked.name });
    }
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
    const db = getDatabase();
    const stored = await getProject(db, id);
    if (stored?.hub !== undefined) {
      if (baseVersion !== undefined && baseVersion !== stored.guidelinesVersion) {
        // A pull brought another lead's version while this edit was open.
        return { ok: false, reason: 'stale' };
      }
      if (sameSettings(settingsOf(stored), checked.settings)) {
        return { ok: true, version: stored.guidelinesVersion, changed: false };
      }
      const changed = await changeOnHub(stored, checked.settings);
      if (changed.ok) {
        await get().load();
        const fresh = await getProject(db, id);
        if (fresh !== undefined) {
          useReviewStore.getState().projectChanged(fresh);
        }
      }
      return changed;
    }
    const written = await saveProjectSettings(db, id, checked.settings, baseVersion);
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
