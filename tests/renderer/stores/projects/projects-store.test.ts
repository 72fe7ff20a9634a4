import { beforeEach, describe, expect, it } from 'vitest';
import { getDatabase } from '../../../../renderer/db/database-instance';
import { getProject } from '../../../../renderer/db/repositories/projects-repository';
import { useProjectsStore } from '../../../../renderer/stores/projects/projects-store';
import { resetAppEnvironment, simulateRestart } from '../../support/app-env';

const projects = () => useProjectsStore.getState();

beforeEach(async () => {
  await resetAppEnvironment();
});

describe('creating and renaming projects', () => {
  it('creates an empty project that is listed and kept after a restart', async () => {
    const created = await projects().createProject('  客服回覆  ');
    expect(created.ok).toBe(true);
    const id = created.ok ? created.id : '';
    expect(projects().projects.map((project) => project.name)).toEqual(['客服回覆']);
    simulateRestart();
    await projects().load();
    expect(projects().projects).toEqual([
      expect.objectContaining({ id, name: '客服回覆', guidelines: '', guidelinesVersion: 1 }),
    ]);
    // Reviewers can escalate from the first draft: the dialog needs at least one reason.
    const reasons = projects().projects[0]?.escalationReasons ?? [];
    expect(reasons.map((reason) => reason.id)).toContain('other');
    expect(reasons.every((reason) => reason.label['zh-TW'] !== '')).toBe(true);
  });

  it('refuses a blank or too long name and stores nothing', async () => {
    expect(await projects().createProject('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(await projects().createProject('x'.repeat(121))).toEqual({
      ok: false,
      problem: 'tooLong',
    });
    await projects().load();
    expect(projects().projects).toEqual([]);
  });

  it('renames a project, and a refused name leaves the old one', async () => {
    const created = await projects().createProject('Drafts');
    const id = created.ok ? created.id : '';
    expect(await projects().renameProject(id, 'Support replies')).toEqual({ ok: true, id });
    expect((await getProject(getDatabase(), id))?.name).toBe('Support replies');
    expect(await projects().renameProject(id, '')).toEqual({ ok: false, problem: 'empty' });
    expect(projects().projects[0]?.name).toBe('Support replies');
  });

  it('remembers the last import mapping per project', async () => {
    const first = await projects().createProject('A');
    const second = await projects().createProject('B');
    const a = first.ok ? first.id : '';
    const b = second.ok ? second.id : '';
    await projects().rememberImportMapping(a, { draft: 'response', model: 'metadata.model' });
    expect((await getProject(getDatabase(), a))?.importMapping).toEqual({
      draft: 'response',
      model: 'metadata.model',
    });
    expect((await getProject(getDatabase(), b))?.importMapping).toBeUndefined();
  });
});
