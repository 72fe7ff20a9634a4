// Reads what electron-builder produced: the asar listing and files (with @electron/asar, the
// library builder packs with) and the fuse wire (with @electron/fuses, the library that flips it).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const builderRequire = createRequire(require.resolve('app-builder-lib'));
const asar = builderRequire('@electron/asar');
const fuses = builderRequire('@electron/fuses');

/** Entries of an asar as forward-slash paths without the leading slash. */
export function listAsar(archive) {
  return asar
    .listPackage(archive, { isPack: false })
    .map((entry) => entry.replace(/\\/g, '/').replace(/^\//, ''));
}

export function readAsarFile(archive, path) {
  return asar.extractFile(archive, path).toString('utf8');
}

// FuseState is not exported by @electron/fuses' entry point; '1' (0x31) is its ENABLE byte.
const FUSE_ENABLED = 0x31;

/** The fuse states of an Electron binary keyed by option name, as booleans. */
export async function readFuses(executable) {
  const wire = await fuses.getCurrentFuseWire(executable);
  const states = {};
  for (const [name, index] of Object.entries(fuses.FuseV1Options)) {
    if (typeof index === 'number' && wire[index] !== undefined) {
      states[name] = wire[index] === FUSE_ENABLED;
    }
  }
  return states;
}

/**
 * Resolves a configured icon the way electron-builder does before building a target (AppImage and
 * deb need a PNG set, nsis an .ico, dmg an .icns). Those targets need downloads, so this is the
 * part of them that can run here. `out/util/iconConverter` is builder's internal module: if an
 * upgrade moves it, this check fails loudly rather than passing.
 */
export async function resolveIcon(source, format, { buildResources, projectDir, outDir }) {
  const { convertIcon } = builderRequire('app-builder-lib/out/util/iconConverter');
  const result = await convertIcon({
    sources: [source],
    fallbackSources: [],
    roots: [buildResources, projectDir],
    format,
    outDir,
  });
  // Unreadable icons throw; a missing one falls back to Electron's default icon.
  if (result.isFallback || result.icons.length === 0) {
    throw new Error(`${source} not found; builder would use its default icon`);
  }
  return result.icons;
}

/** electron-builder.yml parsed with the YAML library builder itself uses. */
export function parseBuilderConfig(text) {
  return builderRequire('js-yaml').load(text);
}
