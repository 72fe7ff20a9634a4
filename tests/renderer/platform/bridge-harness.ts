/**
 * What the bridge conformance suite needs from each runtime: the bridge itself, plus a stand-in
 * for the *user* at the native dialogs (never for the code under test) and a way to read back
 * what reached the outside world.
 */
import type { Bridge } from '../../../renderer/platform/bridge';

export interface BridgeHarness {
  bridge: Bridge;
  /** The next file picker: the user picks these files, or cancels (`null`). */
  userPicksFiles(files: { name: string; bytes: Uint8Array }[] | null): void;
  /** The next save dialog: the user accepts with this file name, or cancels (`null`). */
  userChoosesSaveName(name: string | null): void;
  /** The bytes finally saved under that name, or `undefined` when nothing was saved. */
  savedFile(name: string): Promise<Uint8Array | undefined>;
  /** URLs handed to the system browser, in order. */
  openedExternalUrls(): string[];
  cleanup?(): Promise<void>;
}
