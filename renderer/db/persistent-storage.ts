/** Asks the browser not to evict our data under storage pressure (DESIGN.md, Local store). */

/** Resolves whether storage is persistent; `false` where the API is missing or refuses. */
export async function requestPersistentStorage(
  storage: { persist?: () => Promise<boolean> } | undefined = globalThis.navigator?.storage,
): Promise<boolean> {
  if (typeof storage?.persist !== 'function') {
    return false;
  }
  try {
    return await storage.persist();
  } catch {
    return false;
  }
}
