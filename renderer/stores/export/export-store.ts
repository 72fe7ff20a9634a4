/**
 * The export dialog's state (issue 13 point 1): whether it is open, the filter values the store
 * holds, the preview's counts for the current choices, the folder picked, and the export under
 * way (rows per second, time left), finished, canceled or failed. Actions are the only callers
 * of the export engine and the bridge.
 */
import { create } from 'zustand';
import type { RubricQuestion } from '../../../shared/domain/draft-schema';
import type { ExportManifest } from '../../../shared/export';
import { getDatabase } from '../../db/database-instance';
import type { ExportChoices } from './export-choices';

export type { ExportChoices };
import { readReviewerNames } from '../../db/repositories/export-items-repository';
import { listProjects } from '../../db/repositories/projects-repository';
import { getBridge } from '../../platform/current-bridge';
import type { ExportFolder } from '../../platform/bridge';
import { createExportEngine, type ExportEngine } from './export-engine';
import { exportRate, type ExportRate } from './export-rate';
import type { StoreExportRequest } from './run-store-export';
import type { WrittenFile } from './write-export-folder';
import { ExportFileError, writeExportToFolder } from './write-export-folder';

export interface ExportProjectChoice {
  id: string;
  name: string;
}

export type PreviewState =
  | { status: 'idle' }
  | { status: 'counting'; rows: number; total: number }
  | { status: 'ready'; manifest: ExportManifest; key: string }
  | { status: 'failed'; message: string };

export type WriteState =
  | { status: 'idle' }
  | ({ status: 'writing' } & ExportRate)
  | { status: 'done'; manifest: ExportManifest; files: WrittenFile[]; folder: ExportFolder }
  | { status: 'canceled' }
  /** `fileName`: the file that could not be written, when it was one. */
  | { status: 'failed'; message: string; fileName?: string };

export interface ExportState {
  dialogOpen: boolean;
  projects: ExportProjectChoice[];
  choices: ExportChoices | null;
  choicesFailed: string | null;
  /** The exported projects' rubric questions, to name a label filter as the reviewer saw it. */
  questions: RubricQuestion[];
  /** Display names of reviewers the store knows (the rest are shown by id). */
  reviewerNames: Record<string, string>;
  runtime: 'electron' | 'browser';
  preview: PreviewState;
  folder: ExportFolder | null;
  write: WriteState;
  openDialog: () => void;
  /** Closes unless an export is being written (cancel it first). */
  closeDialog: () => void;
  /** Counts what `request` would export; a newer call supersedes a running one. */
  updatePreview: (request: StoreExportRequest) => void;
  /** Asks for the folder; resolves to it (null when the reviewer canceled). */
  pickFolder: (title: string) => Promise<ExportFolder | null>;
  /** Writes the export into the picked folder. */
  startExport: (request: StoreExportRequest) => Promise<void>;
  cancelExport: () => void;
  /** Back to the choices after an export finished, for another. */
  again: () => void;
  reset: () => void;
}

let engine: ExportEngine | null = null;
let previewController: AbortController | null = null;
let writeController: AbortController | null = null;

const engineOf = () => (engine ??= createExportEngine(getDatabase()));

/** Tests run the export on the page with their own engine. */
export function setExportEngine(next: ExportEngine | null): void {
  engine = next;
}

/** The preview's identity: the request it counted (the dialog shows it only if still current). */
export const requestKey = (request: StoreExportRequest) => JSON.stringify(request);

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

const initialState = {
  dialogOpen: false,
  projects: [],
  choices: null,
  choicesFailed: null,
  questions: [],
  reviewerNames: {},
  runtime: 'electron',
  preview: { status: 'idle' },
  folder: null,
  write: { status: 'idle' },
} satisfies Partial<ExportState>;

export const useExportStore = create<ExportState>()((set, get) => ({
  ...initialState,

  openDialog() {
    if (get().dialogOpen) {
      return;
    }
    set({ ...initialState, dialogOpen: true, runtime: getBridge().runtime });
    void (async () => {
      try {
        const db = getDatabase();
        const rows = await listProjects(db);
        const projects = rows.map(({ id, name }) => ({ id, name }));
        const questions = rows.flatMap((row) => row.rubric?.questions ?? []);
        const reviewerNames = Object.fromEntries(await readReviewerNames(db));
        set({ projects, questions, reviewerNames });
      } catch (error) {
        console.error('Could not read the export choices', error);
        set({ choicesFailed: messageOf(error) });
      }
    })();
  },

  closeDialog() {
    if (get().write.status === 'writing') {
      return;
    }
    previewController?.abort();
    set({ dialogOpen: false });
  },

  updatePreview(request) {
    previewController?.abort();
    const controller = new AbortController();
    previewController = controller;
    const key = requestKey(request);
    set({ preview: { status: 'counting', rows: 0, total: 0 } });
    engineOf()
      .run(request, {
        signal: controller.signal,
        // A preview of every project also says which values there are to filter by.
        ...((request.filters.projects ?? []).length === 0
          ? {
              onChoices: (choices: ExportChoices) => {
                if (!controller.signal.aborted) {
                  set({ choices });
                }
              },
            }
          : {}),
        onProgress: (rows, total) => {
          if (!controller.signal.aborted) {
            set({ preview: { status: 'counting', rows, total } });
          }
        },
      })
      .then(
        (manifest) => {
          if (!controller.signal.aborted) {
            set({ preview: { status: 'ready', manifest, key } });
          }
        },
        (error: unknown) => {
          if (!controller.signal.aborted && !isAbort(error)) {
            set({ preview: { status: 'failed', message: messageOf(error) } });
          }
        },
      );
  },

  async pickFolder(title) {
    try {
      const folder = await getBridge().pickExportFolder({ title });
      if (folder !== undefined) {
        set({ folder });
      }
      return folder ?? null;
    } catch (error) {
      set({ write: { status: 'failed', message: messageOf(error) } });
      return null;
    }
  },

  async startExport(request) {
    const { folder, write } = get();
    if (folder === null || write.status === 'writing') {
      return;
    }
    // A preview still counting gives way; a finished one stays for after the export.
    if (get().preview.status === 'counting') {
      previewController?.abort();
    }
    const controller = new AbortController();
    writeController = controller;
    const startedAt = performance.now();
    set({ write: { status: 'writing', ...exportRate(0, 0, 0) } });
    try {
      const { manifest, files } = await writeExportToFolder(engineOf(), request, folder, {
        signal: controller.signal,
        onProgress: (rows, total) => {
          if (get().write.status === 'writing') {
            set({
              write: {
                status: 'writing',
                ...exportRate(rows, total, performance.now() - startedAt),
              },
            });
          }
        },
      });
      set({ write: { status: 'done', manifest, files, folder } });
    } catch (error) {
      if (isAbort(error) || controller.signal.aborted) {
        set({ write: { status: 'canceled' } });
      } else {
        console.error('The export failed', error);
        set({
          write: {
            status: 'failed',
            message: error instanceof ExportFileError ? error.reason : messageOf(error),
            ...(error instanceof ExportFileError ? { fileName: error.fileName } : {}),
          },
        });
      }
    } finally {
      writeController = null;
    }
  },

  cancelExport() {
    writeController?.abort(new DOMException('Export canceled', 'AbortError'));
  },

  again() {
    if (get().write.status !== 'writing') {
      set({ write: { status: 'idle' } });
    }
  },

  reset() {
    previewController?.abort();
    writeController?.abort();
    set(initialState);
  },
}));
