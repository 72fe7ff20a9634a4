/** The `hubLog` table: the envelopes of pulled records (who wrote what, and when). */
import type { LoupeDatabase } from '../loupe-database';
import type { HubLogRow } from '../rows';

/** The pulled record with this `seq`, if this machine holds it. */
export async function getHubLogRow(db: LoupeDatabase, seq: number): Promise<HubLogRow | undefined> {
  return db.hubLog.get(seq);
}
