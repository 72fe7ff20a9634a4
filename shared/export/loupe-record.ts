/**
 * The full labelled record of one draft (EXPORTS.md §2, the `loupe` format): what every export
 * format is written from. Built by `build-record.ts` from a draft, its events and its project;
 * the other formats are views of it. Key order here is the key order written (stable bytes).
 */
import type { DraftContext, DraftMessage } from '../domain/draft';
import type { DecisionEvent, LabelValue } from '../domain/decision-event';

/** Format ids, the same in the app, the hub's `/v1/exports/:format` and the CLI's `--format`. */
export const EXPORT_FORMATS = [
  'loupe',
  'csv',
  'parquet',
  'sft',
  'trl',
  'dpo',
  'kto',
  'promptfoo',
  'evals',
] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The formats that may include records that are not gold, flagged (EXPORTS.md §1). */
export const FULL_RECORD_FORMATS: ReadonlySet<ExportFormat> = new Set(['loupe', 'csv', 'parquet']);

/** Where the draft stands in the export: the gold calls, and the flagged non-gold ones. */
export type RecordDecision =
  | 'approved'
  | 'edited'
  | 'rejected' // only by a lead's resolve
  | 'escalated'
  | 'disputed'
  | 'pending'
  | 'skipped';

/** Why a draft is not in a file (the manifest counts each). */
export type ExclusionReason =
  | 'escalated'
  | 'disputed'
  | 'pending'
  | 'skipped'
  | 'not-applicable' // gold, but the format has no record for it (an approval has no pair)
  | 'filtered'; // outside the export's filters (counted only when the caller asks)

export interface RecordReviewer {
  id: string;
  /** The reviewer's display name where the exporting side knows it, else the id. */
  name: string;
  /** The standing decision's kind (`approve`, `edit`, `escalate`, `resolve`). */
  decision: string;
  /** The decision's `clientTime` (ISO 8601). */
  at: string;
  activeMs: number;
}

export interface RecordMetrics {
  /** Levenshtein distance over grapheme clusters between original and final. */
  editChars: number;
  /** editChars / graphemes of the final. */
  editRate: number;
  /** editChars / max(graphemes of original, graphemes of final). */
  normEdit: number;
  /** Word-level rate; absent for text written without spaces. */
  wordEditRate?: number;
  changed: boolean;
}

export interface LoupeRecord {
  id: string;
  project: string;
  prompt?: string;
  messages?: DraftMessage[];
  context: DraftContext[];
  original: string;
  final: string;
  decision: RecordDecision;
  /** The lead's id when a resolve decided it. */
  resolvedBy?: string;
  labels: Record<string, LabelValue>;
  rating?: number;
  /** Escalation reason ids of the standing decisions. */
  reasons: string[];
  reviewers: RecordReviewer[];
  model: { name: string; version?: string };
  promptVersion?: string;
  guidelinesVersion?: number;
  metrics?: RecordMetrics;
  metadata: Record<string, unknown>;
  /** Every event of the draft, retracted ones included, by event id. */
  events: DecisionEvent[];
  /** True when the record is gold (EXPORTS.md §1); false ones appear only when asked for. */
  gold: boolean;
  /** `train` or `test` when the export is split. */
  split?: 'train' | 'test';
}
