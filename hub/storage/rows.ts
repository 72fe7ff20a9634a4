/** Rows of the hub's tables as both engines return them (docs/hub-database.md describes each). */
import type { HubRole } from '../../shared/sync/roles';

export interface UserRow {
  id: string;
  name: string;
  role: HubRole;
  /** The public half of the token, by which it is looked up. */
  token_id: string;
  /** SHA-256 of the whole token, hex; the token itself is never stored. */
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface DeviceRow {
  device_id: string;
  user_id: string;
  label: string | null;
  /** SYNC.md §4: every `deviceSeq` up to here is held (accepted, or answered rejected). */
  watermark: number;
  registered_at: string;
  last_push_at: string | null;
}

/** One record of `hub_log`, the only source of truth. */
export interface LogRow {
  seq: number;
  record_id: string;
  kind: string;
  project_id: string;
  draft_id: string | null;
  device_id: string | null;
  device_seq: number | null;
  user_id: string;
  payload_hash: string | null;
  /** The kind's own fields as JSON text (`{"event":…}`, `{"project":…}`, `{"draft":…}`…). */
  body: string;
  received_at: string;
}

/** Projection of the project records (rebuilt from `hub_log` at will). */
export interface ProjectRow {
  project_id: string;
  name: string;
  settings_version: number;
  /** ProjectSettings as JSON text. */
  settings: string;
  published_seq: number;
  updated_seq: number;
}

/** Projection of the draft records. The content itself stays in the log record `content_seq`. */
export interface DraftRow {
  project_id: string;
  draft_id: string;
  version: number;
  /** SHA-256 of the draft's canonical JSON: tells a retry from a change. */
  content_hash: string;
  content_seq: number;
  withdrawn_seq: number | null;
}

/** Projection of the decisions: the derived state of each decided draft. */
export interface DraftStateRow {
  project_id: string;
  draft_id: string;
  status: string;
  /** DerivedDraftState as JSON text. */
  state: string;
  updated_seq: number;
}
