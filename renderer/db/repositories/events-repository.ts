/** The `events` table: immutable decision events, never updated except for the hub's `seq`. */
import Dexie from 'dexie';
import type { LoupeDatabase } from '../loupe-database';
import type { EventRow } from '../rows';

/** Adds an event; fails if its id already exists (events are immutable). */
export async function addEvent(db: LoupeDatabase, event: EventRow): Promise<void> {
  await db.events.add(event);
}

/** A draft's events from this and other devices, ordered by device sequence. */
export async function listEventsForDraft(db: LoupeDatabase, draftId: string): Promise<EventRow[]> {
  return db.events
    .where('[draftId+deviceSeq]')
    .between([draftId, Dexie.minKey], [draftId, Dexie.maxKey])
    .toArray();
}

/** Records the hub's sequence number once it accepted an event. */
export async function setEventSeq(db: LoupeDatabase, eventId: string, seq: number): Promise<void> {
  await db.events.update(eventId, { seq });
}
