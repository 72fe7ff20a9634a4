/** Reads a draft's unsaved editor text (the `editBuffers` table), for the editor to start from. */
import { getDatabase } from '../../db/database-instance';
import { getEditBuffer } from '../../db/repositories/edit-buffers-repository';

/** The text typed into the draft's editor and not yet saved as a decision, if any. */
export async function readEditBuffer(
  projectId: string,
  draftId: string,
): Promise<string | undefined> {
  return (await getEditBuffer(getDatabase(), projectId, draftId))?.text;
}
