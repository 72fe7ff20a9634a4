/**
 * 2026-12-03 — the log (SYNC.md §8): who the hub is, the `seq` counter, users with their token
 * hashes, devices with their watermarks, the append-only `hub_log`, and the rejections a device
 * was answered (they count towards its watermark: the hub has dealt with those `deviceSeq`s).
 *
 * Types are the common subset of SQLite and PostgreSQL. Times are ISO 8601 text; JSON bodies
 * are text, kept byte for byte as the hub wrote them (PostgreSQL's jsonb would reorder them).
 */
import type { Migration } from './migration';

const TABLES = [
  `CREATE TABLE hub_meta (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    hub_id TEXT NOT NULL,
    epoch BIGINT NOT NULL CHECK (epoch >= 1),
    created_at TEXT NOT NULL
  )`,
  `CREATE TABLE hub_counter (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    value BIGINT NOT NULL CHECK (value >= 0)
  )`,
  `CREATE TABLE users (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('reviewer', 'lead', 'evaluator', 'admin')),
    token_id TEXT NOT NULL UNIQUE,
    token_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT
  )`,
  `CREATE TABLE devices (
    device_id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    label TEXT,
    watermark BIGINT NOT NULL DEFAULT 0,
    registered_at TEXT NOT NULL,
    last_push_at TEXT
  )`,
  `CREATE TABLE hub_log (
    seq BIGINT PRIMARY KEY,
    record_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    project_id TEXT NOT NULL,
    draft_id TEXT,
    device_id TEXT,
    device_seq BIGINT,
    user_id TEXT NOT NULL,
    payload_hash TEXT,
    body TEXT NOT NULL,
    received_at TEXT NOT NULL,
    UNIQUE (device_id, device_seq)
  )`,
  'CREATE INDEX hub_log_by_draft ON hub_log (project_id, draft_id, seq)',
  `CREATE TABLE device_rejections (
    device_id TEXT NOT NULL,
    device_seq BIGINT NOT NULL,
    event_id TEXT,
    reason TEXT NOT NULL,
    rejected_at TEXT NOT NULL,
    PRIMARY KEY (device_id, device_seq)
  )`,
];

export const migration001: Migration = {
  version: 1,
  name: 'the log: identity, counter, users, devices, hub_log, rejections',
  date: '2026-12-03',
  async up(sql) {
    for (const statement of TABLES) {
      await sql.run(statement);
    }
    const now = new Date().toISOString();
    await sql.run('INSERT INTO hub_meta (id, hub_id, epoch, created_at) VALUES (1, ?, 1, ?)', [
      globalThis.crypto.randomUUID(),
      now,
    ]);
    await sql.run('INSERT INTO hub_counter (id, value) VALUES (1, 0)');
  },
};
