/** The `events` table: immutable decision events, never updated except for the hub's `seq`. */
import type { LoupeDatabase } from '../loupe-database';
import type { EventRow } from '../rows';

/** Adds an event; fails if its id already exists (events are immutable). */
export async function addEvent(db: LoupeDatabase, event: EventRow): Promise<void> {
  await db.events.add(event);
}

/** Every event of one draft (ids are unique per project), from this and other devices. */
export async function listDraftEvents(
  db: LoupeDatabase,
  projectId: string,
  draftId: string,
): Promise<EventRow[]> {
  return db.events.where('[projectId+draftId]').equals([projectId, draftId]).toArray();
}

/** Records the hub's sequence number once it accepted an event. */
export async function setEventSeq(db: LoupeDatabase, eventId: string, seq: number): Promise<void> {
  await db.events.update(eventId, { seq });
}
