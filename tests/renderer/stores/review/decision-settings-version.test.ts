import { beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '../../../../renderer/db/database-instance';
import { useProjectsStore } from '../../../../renderer/stores/projects/projects-store';
import { settingsOf } from '../../../../shared/domain/project-settings';
import { resetAppEnvironment } from '../../support/app-env';
import { current, openDemoAs, review } from './review-support';
import { guidelinesByLanguage } from '../../../../shared/domain/guidelines';

beforeEach(async () => {
  await resetAppEnvironment();
});

/** Every stored event of the project, oldest first. */
const storedEvents = async () =>
  (await getDatabase().events.toArray()).sort((a, b) => a.deviceSeq - b.deviceSeq);

describe('decisions record the settings version in force', () => {
  it('before a settings change the old version, after it the new one', async () => {
    const projectId = await openDemoAs('林小美');
    const first = current()!.id;
    await review().approve({ quality: 4 });

    const project = review().project!;
    const before = guidelinesByLanguage(project.guidelines);
    const changed = {
      ...settingsOf(project),
      guidelines: { ...before, en: `${before.en}\n\nNew rule.` },
    };
    const saved = await useProjectsStore.getState().saveProjectSettings(projectId, changed);
    expect(saved).toMatchObject({ ok: true, version: 2 });

    const second = current()!.id;
    await review().escalate('policy', 'promises a refund');
    await review().undo();

    const events = await storedEvents();
    expect(events.map((event) => [event.kind, event.draftId, event.guidelinesVersion])).toEqual([
      ['approve', first, 1],
      ['escalate', second, 2],
      ['retract', second, 2],
    ]);
  });
});
