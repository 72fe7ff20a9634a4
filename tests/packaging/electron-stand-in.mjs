// A stand-in for an unpacked Electron distribution, for packaging offline (TOOLCHAIN.md: the real
// binary cannot be downloaded here). electron-builder copies the folder, renames `electron` to the
// app's executable and flips the fuses in it. @electron/fuses finds the fuse wire by a sentinel
// string, so the stand-in carries the sentinel and a wire in the state Electron ships with:
// builder's fuse step then really runs, and the smoke test can read the flipped wire back.
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** @electron/fuses' SENTINEL and wire format (version byte, length byte, one byte per fuse). */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_WIRE_VERSION = 1;
const ENABLED = 0x31; // '1'
const DISABLED = 0x30; // '0'

/**
 * Electron's shipped defaults, in wire order (RunAsNode, CookieEncryption, NodeOptions,
 * NodeCliInspect, EmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar,
 * LoadBrowserProcessSpecificV8Snapshot, GrantFileProtocolExtraPrivileges). Every fuse our config
 * sets starts in the opposite state, so a skipped fuse step cannot pass the smoke test.
 * Real Electron 45 binaries may carry more fuses than the 8 @electron/fuses 1.8 knows; builder
 * leaves unknown ones untouched, so 8 is what this check can speak for.
 */
export const ELECTRON_DEFAULT_FUSES = [
  ENABLED,
  DISABLED,
  ENABLED,
  ENABLED,
  DISABLED,
  DISABLED,
  DISABLED,
  ENABLED,
];

/** Writes the stand-in into `dir` (emptied first) and returns `dir`. */
export function createElectronStandIn(dir, electronVersion) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // A shell script that explains itself if anyone runs it; the fuse wire sits after `exit`.
  const script = Buffer.from(
    '#!/bin/sh\n' +
      'echo "Loupe packaging smoke test: this is a stand-in, not Electron." >&2\n' +
      'exit 1\n',
  );
  const wire = Buffer.from([
    FUSE_WIRE_VERSION,
    ELECTRON_DEFAULT_FUSES.length,
    ...ELECTRON_DEFAULT_FUSES,
  ]);
  const executable = join(dir, 'electron');
  writeFileSync(
    executable,
    Buffer.concat([script, Buffer.from(FUSE_SENTINEL), wire, Buffer.from('\n')]),
  );
  chmodSync(executable, 0o755);
  writeFileSync(join(dir, 'version'), electronVersion);
  writeFileSync(
    join(dir, 'LICENSE'),
    'Stand-in for the Electron license (MIT), smoke test only.\n',
  );
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '<!doctype html><title>stand-in</title>\n');
  mkdirSync(join(dir, 'resources'));
  return dir;
}
