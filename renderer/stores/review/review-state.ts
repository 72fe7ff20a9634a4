/**
 * The review store's state, one interface per slice (CONVENTIONS.md, store slices): the open
 * project (slices/open-project.ts), the cursor, which draft is on screen and where J and K lead
 * (slices/cursor.ts), and the decisions with their saves (slices/decisions.ts).
 */
import type { Labels } from '../../../shared/domain/decision-event';
import type { ProjectRow } from '../../db/rows';
import type { LoadedDraft } from './loaded-drafts';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

/**
 * The open project. This store is its one owner: the queue screen, the navigation and the
 * projects dialog read which project is open from here.
 */
export interface OpenProjectSlice {
  project: ProjectRow | null;
  /** Opens a project on the remembered draft, else its first pending one, else its first. */
  openProject: (projectId: string) => Promise<void>;
  /**
   * The open project was renamed or given new settings (projects store): the screen shows the
   * new rubric and name, and decisions from now on record the new settings version.
   */
  projectChanged: (project: ProjectRow) => void;
  reset: () => void;
}

/** Which draft is on screen, and moving between drafts. */
export interface CursorSlice {
  /** The draft on screen; null before a project is open or when it has no drafts. */
  currentId: string | null;
  /** The current draft and its state once read (null while it is being read). */
  current: LoadedDraft | null;
  /**
   * The draft J and a decision show next, once read ahead (null while it is being read, and at
   * the end of the list): the review screen renders it hidden beforehand, so the key only
   * reveals it (issue 12: decision p95 within two frames).
   */
  upcoming: LoadedDraft | null;
  /**
   * The draft after `upcoming`, prepared hidden too: when keys come fast, the draft a key reveals
   * has had the time of two keys to render, not one (with one, it was mostly not ready).
   */
  later: LoadedDraft | null;
  /** Shows a draft of the open project. */
  show: (draftId: string) => Promise<void>;
  next: () => void;
  previous: () => void;
}

/** Deciding on the draft on screen, undoing, and where the saves are. */
export interface DecisionsSlice {
  saveStatus: SaveStatus;
  /** i18n key of the last error, shown until the next action. */
  errorKey: string | null;
  /** Decisions made in this sitting (undo takes one back). */
  sittingCount: number;
  approve: (labels?: Labels) => Promise<void>;
  edit: (finalText: string, labels?: Labels) => Promise<void>;
  escalate: (reasonId: string, note: string) => Promise<void>;
  skip: () => Promise<void>;
  /** Retracts this reviewer's latest decision, on any item, and shows that item again. */
  undo: () => Promise<void>;
}

export type ReviewState = OpenProjectSlice & CursorSlice & DecisionsSlice;
