/** The `editBuffers` table: unsaved editor text, written as the reviewer types. */
import type { LoupeDatabase } from '../loupe-database';
import type { EditBufferRow } from '../rows';

export async function saveEditBuffer(db: LoupeDatabase, buffer: EditBufferRow): Promise<void> {
  await db.editBuffers.put(buffer);
}

export async function getEditBuffer(
  db: LoupeDatabase,
  projectId: string,
  draftId: string,
): Promise<EditBufferRow | undefined> {
  return db.editBuffers.get([projectId, draftId]);
}

/** Forgets the buffer once its text is part of a saved decision. */
export async function clearEditBuffer(
  db: LoupeDatabase,
  projectId: string,
  draftId: string,
): Promise<void> {
  await db.editBuffers.delete([projectId, draftId]);
}
