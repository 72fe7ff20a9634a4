/** What every route gets: the storage, the poke streams, and the clock and ids (tests fix them). */
import type { HubStorage } from '../storage/storage';
import type { PokeStreams } from './poke-streams';

export interface HubContext {
  storage: HubStorage;
  pokes: PokeStreams;
  now: () => Date;
  newId: () => string;
}
