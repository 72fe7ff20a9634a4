/**
 * The bundled demo queue (resources/demo-queue/demo-queue.json): parsed with the shared schema,
 * turned into rows. Loaded on demand as its own chunk so the first screen does not pay for it.
 * The answer key beside it is for tests and docs only and is never bundled.
 */
import { demoQueueSchema } from '../../../shared/domain/draft-schema';
import type { Language } from '../../../shared/ipc/contract';
import type { DraftRow, ProjectRow } from '../../db/rows';

export interface DemoQueueRows {
  project: ProjectRow;
  drafts: DraftRow[];
}

/** Reads and validates the demo queue; the project's name is taken in `language`. */
export async function readDemoQueue(language: Language, now = new Date()): Promise<DemoQueueRows> {
  const module = await import('../../../resources/demo-queue/demo-queue.json');
  const demo = demoQueueSchema.parse(module.default);
  const project: ProjectRow = {
    id: demo.project.id,
    name: demo.project.name[language],
    // Both languages, like the labels: a reviewer reads them in the language they switch to.
    guidelines: { en: demo.project.guidelines.en, 'zh-TW': demo.project.guidelines['zh-TW'] },
    guidelinesVersion: 1,
    rubric: demo.project.rubric,
    escalationReasons: demo.project.escalationReasons,
    createdAt: now.toISOString(),
  };
  const drafts = demo.drafts.map((draft): DraftRow => ({
    ...draft,
    projectId: project.id,
    status: 'pending',
  }));
  return { project, drafts };
}
