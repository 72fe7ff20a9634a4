/**
 * The import flow (issue 4), one file at a time: pick or drop a file → preview and mapping →
 * checking pass with its report → the reviewer imports the valid rows or nothing → writing pass
 * with progress and cancel → done, or stopped part-way (see unfinished-imports-store.ts for what
 * happens to a stopped import). Both passes run in the import worker (import-runner.ts).
 */
import { create } from 'zustand';
import { checkProjectName } from '../../../shared/domain/project-name';
import { previewFile } from '../../../shared/import/file-preview';
import type { ImportResult } from '../../../shared/import/import-run';
import { ulid } from '../../../shared/ids/ulid';
import type { WriteResult } from '../../import/import-file';
import type { PassOptions } from '../../import/import-protocol';
import type { PickedFile } from '../../platform/bridge';
import { getBridge } from '../../platform/current-bridge';
import { useProjectsStore } from '../projects/projects-store';
import { useQueueStore } from '../queue/queue-store';
import { runPass } from './import-runner';
import {
  IMPORT_EXTENSIONS,
  initialState,
  NO_PROGRESS,
  type ImportState,
  type ImportTarget,
} from './import-state';
import { offeredMapping } from './offered-mapping';
import { readFileHead } from './read-file-head';
import { saveProblemReport } from './save-problem-report';

export { IMPORT_EXTENSIONS } from './import-state';
export type { ImportState, ImportStep, ImportTarget } from './import-state';

/** Not state: the file itself, its head bytes, and the running pass's cancel switch. */
let file: PickedFile | null = null;
let head: { bytes: Uint8Array; complete: boolean } | null = null;
let running: AbortController | null = null;

export const useImportStore = create<ImportState>()((set, get) => {
  /** Re-reads the preview from the held head with the current choices. */
  const repreview = () => {
    if (head === null) {
      return;
    }
    const { format, encoding, fileName } = get();
    const preview = previewFile(head.bytes, fileName, {
      complete: head.complete,
      ...(format === null ? {} : { format }),
      ...(encoding === null ? {} : { encoding }),
    });
    set({ preview });
    return preview;
  };

  /**
   * Another reading of the file (format, encoding) may name other fields: the mapping offered is
   * offered again for it, unless the reviewer made it their own.
   */
  const reoffer = (preview: ReturnType<typeof repreview>) => {
    if (preview?.ok === true && !get().mappingEdited) {
      set({ mapping: offeredMapping(preview.paths, get().target) });
    }
  };

  const passOptions = (projectId: string): PassOptions => {
    const { preview, format, encoding, mapping } = get();
    const chosenEncoding = encoding ?? (preview?.ok === true ? preview.encoding : undefined);
    return {
      projectId,
      format: format ?? preview?.format ?? 'jsonl',
      ...(chosenEncoding === undefined ? {} : { encoding: chosenEncoding }),
      mapping,
      now: new Date().toISOString(),
    };
  };

  /** Runs one pass over the held file with progress; null when it threw (error is set). */
  const runOver = async <R extends ImportResult>(
    request: Parameters<typeof runPass>[0],
  ): Promise<R | null> => {
    if (file === null) {
      return null;
    }
    running = new AbortController();
    const startedAt = performance.now();
    set({ progress: NO_PROGRESS, elapsedMs: 0, error: null });
    try {
      return (await runPass(request, file.stream(), running.signal, (progress) =>
        set({ progress, elapsedMs: performance.now() - startedAt }),
      )) as R;
    } catch (error) {
      console.error('The import stopped', error);
      set({ error: { key: 'passFailed', values: { reason: String(error) } } });
      return null;
    } finally {
      running = null;
    }
  };

  const write = async (projectId: string, importId: string, options: PassOptions) => {
    set({ step: 'writing', projectId, importId });
    const written = await runOver<WriteResult>({
      pass: 'write',
      options: { ...options, importId, fileName: get().fileName, fileSize: get().fileSize },
    });
    await useProjectsStore.getState().load();
    // The queue on screen may be this project's: show what was added ("Back to the queue").
    const queue = useQueueStore.getState();
    if (queue.projectId === projectId) {
      await queue.open(projectId);
    }
    if (written === null) {
      set({ step: 'stopped' });
      return;
    }
    set({ writeResult: written, step: written.state === 'done' ? 'finished' : 'stopped' });
  };

  return {
    ...initialState,

    async chooseFile() {
      if (running !== null) {
        return;
      }
      const [picked] = await getBridge().openFiles({ extensions: IMPORT_EXTENSIONS });
      if (picked !== undefined) {
        await get().takeFile(picked);
      }
    },

    async takeFile(picked) {
      if (running !== null) {
        return;
      }
      file = picked;
      head = null;
      // The project chosen for the last file, else the queue on screen, else the first.
      const projects = useProjectsStore.getState().projects;
      const open = useQueueStore.getState().projectId;
      const fallback = projects.find((project) => project.id === open) ?? projects[0];
      const target: ImportTarget | null =
        get().target ??
        (fallback === undefined ? null : { kind: 'existing', projectId: fallback.id });
      set({
        ...initialState,
        step: 'previewing',
        fileName: picked.name,
        fileSize: picked.size,
        target,
      });
      try {
        head = await readFileHead(picked);
      } catch (error) {
        console.error('Could not read the file', error);
        set({ step: 'idle', error: { key: 'readFailed', values: { name: picked.name } } });
        return;
      }
      const preview = repreview();
      const paths = preview?.ok === true ? preview.paths : [];
      set({ step: 'mapping', mapping: offeredMapping(paths, target) });
    },

    setFormat(format) {
      set({ format });
      reoffer(repreview());
    },

    setEncoding(encoding) {
      set({ encoding });
      reoffer(repreview());
    },

    setMapping: (mapping) => set({ mapping, mappingEdited: true }),

    setTarget(target) {
      // Typing a name clears the complaint about the name.
      const error = get().error?.key.startsWith('projectName.') === true ? null : get().error;
      set({ target, error });
      const { preview, mappingEdited } = get();
      // A project's remembered mapping replaces the guess, never the reviewer's own choice.
      if (preview?.ok === true && !mappingEdited) {
        set({ mapping: offeredMapping(preview.paths, target) });
      }
    },

    async check() {
      const { target, mapping } = get();
      if (target === null || mapping.draft === undefined || running !== null) {
        return;
      }
      if (target.kind === 'new') {
        // Checked now, created only when rows are written: "import nothing" leaves no project.
        const name = checkProjectName(target.name);
        if (!name.ok) {
          set({ error: { key: `projectName.${name.problem}` } });
          return;
        }
      }
      set({ step: 'checking' });
      const projectId = target.kind === 'existing' ? target.projectId : '';
      const check = await runOver<ImportResult>({ pass: 'check', options: passOptions(projectId) });
      if (check === null) {
        set({ step: 'mapping' });
        return;
      }
      set({ checkResult: check, step: check.state === 'cancelled' ? 'mapping' : 'checked' });
    },

    async importValidRows() {
      const { target, checkResult: check, mapping } = get();
      if (target === null || check === null || check.state !== 'done' || get().busy) {
        return;
      }
      set({ busy: true });
      let projectId: string;
      if (target.kind === 'new') {
        const created = await useProjectsStore.getState().createProject(target.name);
        if (!created.ok) {
          set({ busy: false, error: { key: `projectName.${created.problem}` } });
          return;
        }
        projectId = created.id;
        set({ target: { kind: 'existing', projectId } });
      } else {
        projectId = target.projectId;
      }
      await useProjectsStore.getState().rememberImportMapping(projectId, mapping);
      set({ busy: false });
      // The encoding the check found is the one the writing pass uses: no second guess.
      await write(projectId, ulid(), {
        ...passOptions(projectId),
        ...(check.encoding === null ? {} : { encoding: check.encoding }),
      });
    },

    async resume() {
      const { step, projectId, importId, checkResult, resuming } = get();
      if (step !== 'stopped' || projectId === null || importId === null || running !== null) {
        return;
      }
      const encoding = checkResult?.encoding ?? resuming?.encoding ?? null;
      await write(projectId, importId, {
        ...passOptions(projectId),
        ...(encoding === null ? {} : { encoding }),
      });
    },

    cancel() {
      running?.abort();
    },

    async saveReport() {
      const { checkResult, fileName } = get();
      if (checkResult !== null && !(await saveProblemReport(fileName, checkResult.problems))) {
        set({ error: { key: 'reportFailed' } });
      }
    },

    async finishImport(job, picked) {
      if (running !== null) {
        return;
      }
      if (picked.name !== job.fileName || picked.size !== job.fileSize) {
        set({
          step: 'idle',
          error: { key: 'notSameFile', values: { name: job.fileName, size: job.fileSize } },
        });
        return;
      }
      file = picked;
      head = null;
      set({
        ...initialState,
        fileName: picked.name,
        fileSize: picked.size,
        format: job.format,
        encoding: job.encoding,
        mapping: job.mapping,
        target: { kind: 'existing', projectId: job.projectId },
        resuming: job,
      });
      await write(job.projectId, job.importId, {
        projectId: job.projectId,
        format: job.format,
        ...(job.encoding === null ? {} : { encoding: job.encoding }),
        mapping: job.mapping,
        now: new Date().toISOString(),
      });
    },

    reset() {
      running?.abort();
      file = null;
      head = null;
      set(initialState);
    },
  };
});
