/** The stand-in's record of calls, in order (see tests/mocks/electron.ts). */

/** Every recorded call, in order, e.g. `protocol.handle:app`. Cleared by resetElectronMock. */
export const callLog: string[] = [];

/** Appends one entry to {@link callLog}. */
export function log(entry: string): void {
  callLog.push(entry);
}
