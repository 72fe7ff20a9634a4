/**
 * What an app holds, read for the sync e2e test: its IndexedDB (the outbox and the events this
 * device made, the drafts' statuses, the meta rows) through the raw IndexedDB API in the page —
 * an observation, never a write — and the queue rows on screen with their status badges.
 */
import type { Page } from 'playwright-core';

/** One outbox row and the event it carries, as this device keeps them. */
export interface OutboxEntry {
  eventId: string;
  deviceId: string;
  deviceSeq: number;
  draftId: string;
  kind: string;
  payloadHash: string;
  state: string;
  /** Pushes that carried it. */
  attempts: number;
  /** The hub's `seq` once it acknowledged the event. */
  seq: number | undefined;
  rejectedReason: string | undefined;
}

/**
 * The rows of object store `store`: all of them, or those of one project. A project's rows are
 * read through the primary key (`[projectId, …]`: every array starting with the project id sorts
 * between `[projectId]` and `[projectId, []]`), never a secondary index the schema may drop. Any
 * error rejects: one thrown inside an IndexedDB callback would otherwise leave the test waiting.
 */
function readStore<T>(page: Page, store: string, project?: string): Promise<T[]> {
  return page.evaluate(
    ({ name, projectId }) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('loupe');
        open.onerror = () => reject(new Error(`Could not open IndexedDB: ${String(open.error)}`));
        open.onsuccess = () => {
          const db = open.result;
          try {
            const source = db.transaction(name).objectStore(name);
            const request = source.getAll(
              projectId === undefined ? undefined : IDBKeyRange.bound([projectId], [projectId, []]),
            );
            request.onerror = () => {
              db.close();
              reject(new Error(`Could not read ${name}: ${String(request.error)}`));
            };
            request.onsuccess = () => {
              db.close();
              resolve(request.result as T[]);
            };
          } catch (error) {
            db.close();
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        };
      }),
    { name: store, projectId: project },
  );
}

/** A `meta` row's value. */
export async function metaValue<T>(page: Page, key: string): Promise<T | undefined> {
  const rows = await readStore<{ key: string; value: T }>(page, 'meta');
  return rows.find((row) => row.key === key)?.value;
}

/** This device's outbox, each row with its event, in `deviceSeq` order. */
export async function outboxOf(page: Page): Promise<OutboxEntry[]> {
  const rows = await readStore<{
    eventId: string;
    state: string;
    attempts: number;
    seq?: number;
    rejectedReason?: string;
  }>(page, 'outbox');
  const events = new Map(
    (
      await readStore<{
        eventId: string;
        deviceId: string;
        deviceSeq: number;
        draftId: string;
        kind: string;
        payloadHash: string;
      }>(page, 'events')
    ).map((event) => [event.eventId, event]),
  );
  return rows
    .map((row) => {
      const event = events.get(row.eventId);
      if (event === undefined) {
        throw new Error(`Outbox row ${row.eventId} has no event.`);
      }
      return {
        eventId: row.eventId,
        deviceId: event.deviceId,
        deviceSeq: event.deviceSeq,
        draftId: event.draftId,
        kind: event.kind,
        payloadHash: event.payloadHash,
        state: row.state,
        attempts: row.attempts,
        seq: row.seq,
        rejectedReason: row.rejectedReason,
      };
    })
    .sort((a, b) => a.deviceSeq - b.deviceSeq);
}

/** Every draft of `projectId` this app holds, with the status it shows, by id. */
export async function localStatuses(page: Page, projectId: string): Promise<Map<string, string>> {
  const drafts = await readStore<{ id: string; status: string }>(page, 'drafts', projectId);
  return new Map(drafts.map((draft) => [draft.id, draft.status]));
}

/** The queue rows on screen (the list is windowed: the ones rendered), id → status class. */
export function queueRowStatuses(page: Page): Promise<Record<string, string>> {
  return page
    .locator('[role="listbox"] [role="option"]')
    .evaluateAll((options) =>
      Object.fromEntries(
        options.map((option) => [
          option.querySelector('.queue-row-id')?.textContent?.trim() ?? '',
          /queue-badge-([a-z]+)/.exec(option.querySelector('.queue-badge')?.className ?? '')?.[1] ??
            '',
        ]),
      ),
    );
}

/** The ids of the queue rows on screen, top to bottom. */
export function queueRowIds(page: Page): Promise<string[]> {
  return page
    .locator('[role="listbox"] [role="option"] .queue-row-id')
    .evaluateAll((ids) => ids.map((id) => id.textContent?.trim() ?? ''));
}
