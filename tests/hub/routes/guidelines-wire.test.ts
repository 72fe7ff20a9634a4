/**
 * Guidelines in both languages travel through the hub (issue 12, point 18; protocol 2), and the
 * one plain string of older apps and records keeps working: the same text sent in its
 * language's field is no new version.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { projectAnswerSchema, pullResponseSchema } from '../../../shared/sync';
import { testProject } from '../support/decisions';
import { describeEachEngine } from '../support/engines';
import { createTestHub, type TestHub } from '../support/test-hub';

describeEachEngine('guidelines on the wire', (engine) => {
  let hub: TestHub;
  beforeEach(async () => {
    hub = await createTestHub(await engine.fresh());
    const published = await hub.request('lead', {
      method: 'POST',
      url: '/v1/projects',
      payload: testProject(),
    });
    expect(published.statusCode).toBe(201);
  });
  afterEach(() => hub.close());

  const revise = (settings: object) =>
    hub.request('lead', {
      method: 'PUT',
      url: '/v1/projects/proj-1/settings',
      payload: { baseVersion: 1, settings },
    });

  it('takes the one-string guidelines back in their language as unchanged', async () => {
    const { settings } = testProject();
    expect(typeof settings.guidelines).toBe('string');
    const same = await revise({
      ...settings,
      guidelines: { en: settings.guidelines, 'zh-TW': '' },
    });
    expect(same.statusCode).toBe(200);
    expect(projectAnswerSchema.parse(same.json())).toMatchObject({
      status: 'unchanged',
      project: { settingsVersion: 1 },
    });
  });

  it('publishes both languages as the next version, and clients pull them as sent', async () => {
    const { settings } = testProject();
    const guidelines = { en: '# Check amounts', 'zh-TW': '# 核對金額' };
    const answer = await revise({ ...settings, guidelines });
    expect(answer.statusCode).toBe(200);
    expect(projectAnswerSchema.parse(answer.json())).toMatchObject({
      status: 'revised',
      project: { settingsVersion: 2, settings: { guidelines } },
    });
    const pulled = pullResponseSchema.parse(
      (await hub.request('reviewer', { method: 'GET', url: '/v1/sync/pull' })).json(),
    );
    expect(pulled.records.find((record) => record.kind === 'project.settings')).toMatchObject({
      settingsVersion: 2,
      settings: { guidelines },
    });
  });
});
