/**
 * 2026-12-03 — the projections (SYNC.md §8): `projects`, `drafts` and `draft_state`, which the
 * lead's routes and the push checks read instead of the whole log. They are a cache of the log:
 * this migration builds them from whatever `hub_log` holds, with the current rules, and so can
 * any later one that changes them (hub/log/projections.ts, `rebuildProjections`).
 */
import { rebuildProjections } from '../../log/projections';
import type { Migration } from './migration';

const TABLES = [
  `CREATE TABLE projects (
    project_id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    settings_version BIGINT NOT NULL,
    settings TEXT NOT NULL,
    published_seq BIGINT NOT NULL,
    updated_seq BIGINT NOT NULL
  )`,
  `CREATE TABLE drafts (
    project_id TEXT NOT NULL,
    draft_id TEXT NOT NULL,
    version BIGINT NOT NULL,
    content_hash TEXT NOT NULL,
    content_seq BIGINT NOT NULL,
    withdrawn_seq BIGINT,
    PRIMARY KEY (project_id, draft_id)
  )`,
  `CREATE TABLE draft_state (
    project_id TEXT NOT NULL,
    draft_id TEXT NOT NULL,
    status TEXT NOT NULL,
    state TEXT NOT NULL,
    updated_seq BIGINT NOT NULL,
    PRIMARY KEY (project_id, draft_id)
  )`,
  'CREATE INDEX draft_state_by_status ON draft_state (project_id, status)',
];

export const migration002: Migration = {
  version: 2,
  name: 'projections: projects, drafts, draft_state (rebuilt from hub_log)',
  date: '2026-12-03',
  async up(sql) {
    for (const statement of TABLES) {
      await sql.run(statement);
    }
    await rebuildProjections(sql);
  },
};
