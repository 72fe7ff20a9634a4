/**
 * When guideline versions changed, for the drift timeline: per project, each guideline version
 * (the `guidelinesVersion` events carry: the project settings in force when the decision was
 * made) with the earliest `clientTime` an event carried it. A version's first use is when
 * reviewers started deciding under it, which is what can move the rates; an edit of the settings
 * nobody decided under leaves no mark. Events written before schema version 2 carry no version
 * and are not looked at.
 */
import { compareKeys } from './decision-counts';

export interface GuidelineChange {
  projectId: string;
  version: number;
  /** The version used before on this project; null for the first version seen. */
  previousVersion: number | null;
  /** `clientTime` of the first event under this version. */
  firstSeenAt: string;
}

interface FirstSeen {
  projectId: string;
  version: number;
  ms: number;
  at: string;
}

export class GuidelineChangeAccumulator {
  /** Project → version → first use: nested, so no key string is built per event. */
  private readonly first = new Map<string, Map<number, FirstSeen>>();

  add(projectId: string, version: number | undefined, ms: number, at: string): void {
    if (version === undefined) {
      return;
    }
    let versions = this.first.get(projectId);
    if (versions === undefined) {
      versions = new Map<number, FirstSeen>();
      this.first.set(projectId, versions);
    }
    const seen = versions.get(version);
    if (seen === undefined) {
      versions.set(version, { projectId, version, ms, at });
    } else if (ms < seen.ms) {
      seen.ms = ms;
      seen.at = at;
    }
  }

  /** By project, then by first use. */
  result(): GuidelineChange[] {
    const seen = [...this.first.values()]
      .flatMap((versions) => [...versions.values()])
      .sort(
        (a, b) => compareKeys(a.projectId, b.projectId) || a.ms - b.ms || a.version - b.version,
      );
    const out: GuidelineChange[] = [];
    let project: string | null = null;
    let previous: number | null = null;
    for (const entry of seen) {
      if (entry.projectId !== project) {
        project = entry.projectId;
        previous = null;
      }
      out.push({
        projectId: entry.projectId,
        version: entry.version,
        previousVersion: previous,
        firstSeenAt: entry.at,
      });
      previous = entry.version;
    }
    return out;
  }
}
