/**
 * Train/test splits by a hash of the draft id, never by random draws (EXPORTS.md §2): a draft
 * lands in the same split however many other drafts the export holds, so a set that grows keeps
 * every earlier draft where it was. Synchronous and pure JavaScript (@noble/hashes), so the
 * browser, Electron's main process, the hub and the CLI all compute the same split.
 */
import { sha256 } from '@noble/hashes/sha2';

export type SplitName = 'train' | 'test';

export interface SplitOptions {
  /** Share of drafts that go to `test`, from 0 to 1. */
  testRatio: number;
  /** Any text; a different salt gives a different, equally stable split. */
  salt: string;
}

/** The rule in words, written into the manifest so a reader can recompute any split. */
export const SPLIT_RULE =
  'test when the first 4 bytes of SHA-256 of the UTF-8 bytes of salt + "\\0" + draft id, read ' +
  'as a big-endian unsigned 32-bit integer and divided by 2^32, are below testRatio; train ' +
  'otherwise';

const encoder = new TextEncoder();

/** Where in [0, 1) the draft id falls for this salt. */
export function splitPoint(draftId: string, salt: string): number {
  const digest = sha256(encoder.encode(`${salt}\0${draftId}`));
  // Unsigned: `>>> 0` keeps a first byte ≥ 0x80 from turning the number negative.
  const head =
    (((digest[0] ?? 0) << 24) |
      ((digest[1] ?? 0) << 16) |
      ((digest[2] ?? 0) << 8) |
      (digest[3] ?? 0)) >>>
    0;
  return head / 2 ** 32;
}

/** The split of one draft. */
export function splitOf(draftId: string, options: SplitOptions): SplitName {
  return splitPoint(draftId, options.salt) < options.testRatio ? 'test' : 'train';
}

/** Why the options cannot split, or undefined when they can. */
export function splitOptionsProblem(options: SplitOptions): string | undefined {
  const { testRatio } = options;
  if (!Number.isFinite(testRatio) || testRatio < 0 || testRatio > 1) {
    return 'the test ratio must be a number from 0 to 1';
  }
  return undefined;
}
