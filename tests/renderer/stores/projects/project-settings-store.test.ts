import { beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '../../../../renderer/db/database-instance';
import { getProject, putProject } from '../../../../renderer/db/repositories/projects-repository';
import { useNavigationStore } from '../../../../renderer/stores/navigation/navigation-store';
import { useProjectsStore } from '../../../../renderer/stores/projects/projects-store';
import { useReviewStore } from '../../../../renderer/stores/review/review-store';
import type { ProjectSettings } from '../../../../shared/domain/project-settings';
import { resetAppEnvironment, simulateRestart } from '../../support/app-env';

const projects = () => useProjectsStore.getState();
const stored = (id: string) => getProject(getDatabase(), id);

const settings = (guidelines: string): ProjectSettings => ({
  guidelines,
  escalationReasons: [{ id: 'policy', label: { en: 'Policy', 'zh-TW': '政策' } }],
  rubric: {
    questions: [
      {
        id: 'quality',
        kind: 'rating',
        label: { en: 'Quality', 'zh-TW': '品質' },
        required: true,
        scale: { min: 1, max: 5 },
      },
    ],
  },
});

async function newProject(name = 'Support replies'): Promise<string> {
  const created = await projects().createProject(name);
  if (!created.ok) {
    throw new Error('could not create the test project');
  }
  return created.id;
}

beforeEach(async () => {
  await resetAppEnvironment();
});

describe('saving project settings', () => {
  it('stores each saved change as the next version, one more each time, kept after a restart', async () => {
    const id = await newProject();
    expect((await stored(id))?.guidelinesVersion).toBe(1);

    expect(await projects().saveProjectSettings(id, settings('First rules'), 1)).toEqual({
      ok: true,
      version: 2,
      changed: true,
    });
    const next = settings('First rules');
    next.escalationReasons.push({ id: 'other', label: { en: 'Other', 'zh-TW': '其他' } });
    expect(await projects().saveProjectSettings(id, next, 2)).toMatchObject({ version: 3 });

    simulateRestart();
    await projects().load();
    expect(projects().projects[0]).toMatchObject({
      id,
      guidelines: 'First rules',
      guidelinesVersion: 3,
      escalationReasons: next.escalationReasons,
      rubric: next.rubric,
    });
  });

  it('keeps the version when nothing changed', async () => {
    const id = await newProject();
    await projects().saveProjectSettings(id, settings('Rules'));
    expect(await projects().saveProjectSettings(id, settings('Rules'))).toEqual({
      ok: true,
      version: 2,
      changed: false,
    });
    expect((await stored(id))?.guidelinesVersion).toBe(2);
  });

  it('refuses invalid settings with the field and the reason, and stores nothing', async () => {
    const id = await newProject();
    await projects().saveProjectSettings(id, settings('Rules'));
    const before = await stored(id);

    const invalid = settings('Changed rules');
    invalid.escalationReasons.push({ id: 'policy', label: { en: ' ', 'zh-TW': '重複' } });
    expect(await projects().saveProjectSettings(id, invalid)).toEqual({
      ok: false,
      reason: 'invalid',
      problems: [
        { path: ['escalationReasons', 1, 'label', 'en'], problem: 'blank' },
        { path: ['escalationReasons', 1, 'id'], problem: 'duplicateId' },
      ],
    });
    expect(await stored(id)).toEqual(before);
    expect(before?.guidelinesVersion).toBe(2);
  });

  it('refuses a save that started from an older version (another window saved first)', async () => {
    const id = await newProject();
    await projects().saveProjectSettings(id, settings('Saved elsewhere'), 1);
    expect(await projects().saveProjectSettings(id, settings('Mine'), 1)).toEqual({
      ok: false,
      reason: 'conflict',
      version: 2,
    });
    expect((await stored(id))?.guidelines).toBe('Saved elsewhere');
  });

  it('never lowers a version, whatever the stored number was', async () => {
    await putProject(getDatabase(), {
      id: 'old',
      name: 'Old project',
      guidelines: '',
      guidelinesVersion: 41,
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    expect(await projects().saveProjectSettings('old', settings('New'))).toMatchObject({
      ok: true,
      version: 42,
    });
  });

  it('says so for a project that does not exist', async () => {
    expect(await projects().saveProjectSettings('nope', settings('x'))).toEqual({
      ok: false,
      reason: 'missing',
    });
  });

  it('hands the new settings and name to the open review, so the screen and decisions follow', async () => {
    const id = await newProject();
    await useNavigationStore.getState().openQueue(id);
    await projects().saveProjectSettings(id, settings('Rules'));
    expect(useReviewStore.getState().project).toMatchObject({
      guidelines: 'Rules',
      guidelinesVersion: 2,
    });
    await projects().renameProject(id, 'Renamed');
    expect(useReviewStore.getState().project).toMatchObject({
      name: 'Renamed',
      guidelinesVersion: 2,
    });
  });
});
