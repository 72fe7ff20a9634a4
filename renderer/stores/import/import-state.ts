/**
 * The import flow's state (see import-store.ts for the actions): which step it is at, the file,
 * the reviewer's choices, and the running pass's figures.
 */
import type { TextEncodingName } from '../../../shared/import/encoding-name';
import type { FieldMapping } from '../../../shared/import/field-mapping';
import type { FilePreview } from '../../../shared/import/file-preview';
import type { ImportFormat, ImportProgress, ImportResult } from '../../../shared/import/import-run';
import type { ImportJobRow } from '../../db/import-job-row';
import type { WriteResult } from '../../import/import-file';
import type { PickedFile } from '../../platform/bridge';

/** Extensions offered by the file dialog. */
export const IMPORT_EXTENSIONS = ['jsonl', 'ndjson', 'json', 'csv'];

export type ImportStep =
  'idle' | 'previewing' | 'mapping' | 'checking' | 'checked' | 'writing' | 'finished' | 'stopped';

/** Where the import goes: a project on this machine, or a new one by this name. */
export type ImportTarget = { kind: 'existing'; projectId: string } | { kind: 'new'; name: string };

export interface ImportState {
  step: ImportStep;
  fileName: string;
  fileSize: number;
  preview: FilePreview | null;
  /** The reviewer's choices; `null` format/encoding means "as detected". */
  format: ImportFormat | null;
  encoding: TextEncodingName | null;
  mapping: FieldMapping;
  /** Whether the reviewer changed the offered mapping (then a change of target keeps it). */
  mappingEdited: boolean;
  target: ImportTarget | null;
  progress: ImportProgress;
  /** Milliseconds from the start of the running pass to its latest progress. */
  elapsedMs: number;
  checkResult: ImportResult | null;
  writeResult: WriteResult | null;
  /** The project the writing pass went into, and the import's id (its job). */
  projectId: string | null;
  importId: string | null;
  /** Set when this run finishes an earlier, interrupted import. */
  resuming: ImportJobRow | null;
  /** A message key under `import.errors` (with values), or null. */
  error: { key: string; values?: Record<string, string | number> } | null;
  busy: boolean;

  /** Shows the file dialog, then previews the chosen file. */
  chooseFile: () => Promise<void>;
  /** Previews a file (from the dialog or a drop) and offers a mapping. */
  takeFile: (file: PickedFile) => Promise<void>;
  setFormat: (format: ImportFormat | null) => void;
  setEncoding: (encoding: TextEncodingName | null) => void;
  setMapping: (mapping: FieldMapping) => void;
  setTarget: (target: ImportTarget) => void;
  /** Runs the checking pass (creating a new target project first). */
  check: () => Promise<void>;
  /** Runs the writing pass for the valid rows. */
  importValidRows: () => Promise<void>;
  /** Runs the writing pass of a stopped import again: it adds only what is missing. */
  resume: () => Promise<void>;
  /** Asks the running pass to stop; batches written stay written. */
  cancel: () => void;
  /** Saves the report of the checking pass as CSV where the reviewer chooses. */
  saveReport: () => Promise<void>;
  /** Finishes an interrupted import: `file` must be the same file (name and size). */
  finishImport: (job: ImportJobRow, file: PickedFile) => Promise<void>;
  /** Back to the start, forgetting the file (nothing is written by this). */
  reset: () => void;
}

export const NO_PROGRESS: ImportProgress = {
  bytesRead: 0,
  rowsRead: 0,
  rowsValid: 0,
  problemCount: 0,
};

export const initialState = {
  step: 'idle',
  fileName: '',
  fileSize: 0,
  preview: null,
  format: null,
  encoding: null,
  mapping: {},
  mappingEdited: false,
  target: null,
  progress: NO_PROGRESS,
  elapsedMs: 0,
  checkResult: null,
  writeResult: null,
  projectId: null,
  importId: null,
  resuming: null,
  error: null,
  busy: false,
} satisfies Partial<ImportState>;
