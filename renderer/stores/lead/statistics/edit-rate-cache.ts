/**
 * The statistics worker's edit rates (statistics-worker-handler.ts): the Map a run reads and
 * fills (`computeStatistics`' `editRateCache`), and which of its keys the local store already
 * holds, so each rate is written to the store once, by the run that computed it.
 */
export class EditRateCache {
  /** Rates by `editRateKey`, computed here or read from the store. */
  readonly rates = new Map<string, number>();
  /** Keys the store holds, or is being given: always keys of `rates`. */
  private readonly stored = new Set<string>();

  /** Adds the store's rates to what memory holds (a key in both has the same rate). */
  seed(fromStore: ReadonlyMap<string, number>): void {
    for (const [key, rate] of fromStore) {
      if (!this.rates.has(key)) {
        this.rates.set(key, rate);
      }
      this.stored.add(key);
    }
  }

  /** The rates the store does not hold yet, counted as held from now on (a write is starting). */
  takeUnsaved(): [string, number][] {
    // `stored` is a subset of the keys: the same size means nothing new, without a walk.
    if (this.stored.size === this.rates.size) {
      return [];
    }
    const unsaved: [string, number][] = [];
    for (const [key, rate] of this.rates) {
      if (!this.stored.has(key)) {
        unsaved.push([key, rate]);
        this.stored.add(key);
      }
    }
    return unsaved;
  }

  /** A write that failed: its rates are not in the store after all; the next run tries again. */
  notSaved(entries: readonly (readonly [string, number])[]): void {
    for (const [key] of entries) {
      this.stored.delete(key);
    }
  }
}
