/** 'app:info': what the About box and bug reports show. */
import type { AppInfo } from '../../shared/ipc/contract';

/** Collects {@link AppInfo} from the app and `process.versions`. */
export function getAppInfo(source: {
  name: string;
  version: string;
  platform: string;
  locale: string;
  versions: Readonly<Record<string, string | undefined>>;
}): AppInfo {
  const versions: Record<string, string> = {};
  for (const key of ['electron', 'chrome', 'node'] as const) {
    const value = source.versions[key];
    if (value !== undefined) {
      versions[key] = value;
    }
  }
  return {
    name: source.name,
    version: source.version,
    platform: source.platform,
    locale: source.locale,
    runtime: 'electron',
    versions,
  };
}
