/**
 * Which screen the main area shows, without a router library: the queue of one project, the
 * review screen on the draft the review store points at, the import screen, or the lead's inbox or
 * statistics. Also the app-level overlays that other
 * features open from menus or keys.
 *
 * `cheatsheetOpen` is the contract with the keyboard feature: the native menu's "show-shortcuts"
 * command sets it, and the cheatsheet (renderer/features/keyboard) reads it and calls
 * `setCheatsheetOpen(false)` when it closes.
 */
import { create } from 'zustand';
import type { Language } from '../../../shared/ipc/contract';
import { getDatabase } from '../../db/database-instance';
import { getMeta } from '../../db/repositories/meta-repository';
import { useProjectsStore } from '../projects/projects-store';
import { useQueueStore } from '../queue/queue-store';
import { useReviewStore } from '../review/review-store';

export type Screen = 'queue' | 'review' | 'import' | 'inbox' | 'statistics';

export interface NavigationState {
  /** Which screen shows; the open project itself is the review store's (`project`). */
  screen: Screen;
  /** Whether the keyboard cheatsheet is shown (see the module comment). */
  cheatsheetOpen: boolean;
  /** Whether the Settings dialog is shown. */
  settingsOpen: boolean;
  demoStatus: 'idle' | 'loading' | 'error';
  /** Opens a project's queue: its first page of entries, and the draft to review first. */
  openQueue: (projectId: string) => Promise<void>;
  /** Opens the remembered project (meta `reviewPosition`), else the first; no-op without any. */
  openInitialProject: () => Promise<void>;
  /** Shows a draft of the open project on the review screen. */
  openReview: (draftId: string) => void;
  backToQueue: () => void;
  /** Shows the import screen (issue 4); the import store holds where the import is. */
  openImport: () => void;
  /** Shows the lead's inbox (issue 14); the lead inbox store holds its rows and filters. */
  openInbox: () => void;
  /** Shows the lead's statistics (issue 14); the statistics store holds filters and results. */
  openStatistics: () => void;
  /** Stores the demo queue in `language`, then opens its queue. Never rejects. */
  loadDemoQueue: (language: Language) => Promise<void>;
  setCheatsheetOpen: (open: boolean) => void;
  setSettingsOpen: (open: boolean) => void;
  reset: () => void;
}

const initialState = {
  screen: 'queue',
  cheatsheetOpen: false,
  settingsOpen: false,
  demoStatus: 'idle',
} satisfies Partial<NavigationState>;

export const useNavigationStore = create<NavigationState>()((set, get) => ({
  ...initialState,

  async openQueue(projectId) {
    await Promise.all([
      useQueueStore.getState().open(projectId),
      useReviewStore.getState().openProject(projectId),
    ]);
    set({ screen: 'queue' });
  },

  async openInitialProject() {
    const { projects } = useProjectsStore.getState();
    if (useReviewStore.getState().project !== null || projects.length === 0) {
      return;
    }
    const position = await getMeta(getDatabase(), 'reviewPosition');
    const remembered = projects.find((project) => project.id === position?.projectId);
    const project = remembered ?? projects[0];
    if (project === undefined) {
      return;
    }
    await get().openQueue(project.id);
    // Back on the item the reviewer was on before the restart (or crash), not on the list.
    if (remembered !== undefined && useReviewStore.getState().currentId === position?.draftId) {
      set({ screen: 'review' });
    }
  },

  openReview(draftId) {
    void useReviewStore.getState().show(draftId);
    set({ screen: 'review' });
  },

  backToQueue: () => set({ screen: 'queue' }),
  openImport: () => set({ screen: 'import' }),
  openInbox: () => set({ screen: 'inbox' }),
  openStatistics: () => set({ screen: 'statistics' }),

  async loadDemoQueue(language) {
    if (get().demoStatus === 'loading') {
      return;
    }
    set({ demoStatus: 'loading' });
    try {
      const projectId = await useProjectsStore.getState().loadDemoQueue(language);
      await get().openQueue(projectId);
      set({ demoStatus: 'idle' });
    } catch (error) {
      console.error('Could not load the demo queue', error);
      set({ demoStatus: 'error' });
    }
  },

  setCheatsheetOpen: (cheatsheetOpen) => set({ cheatsheetOpen }),
  setSettingsOpen: (settingsOpen) => set({ settingsOpen }),
  reset: () => set(initialState),
}));
