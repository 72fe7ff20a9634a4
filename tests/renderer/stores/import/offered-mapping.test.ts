/**
 * Which field mapping the import offers for a file: the suggestion from its names, or the one the
 * target project remembers when the file has all its fields, never over the reviewer's own choice.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useImportStore } from '../../../../renderer/stores/import/import-store';
import { useProjectsStore } from '../../../../renderer/stores/projects/projects-store';
import {
  createProject,
  resetImportEnvironment,
  SUGGESTED,
  supportFile as file,
} from './import-support';

const flow = () => useImportStore.getState();
const projects = () => useProjectsStore.getState();

beforeEach(async () => {
  await resetImportEnvironment();
});

afterEach(() => flow().reset());

describe('the mapping offered for a file', () => {
  it('offers the mapping remembered by the project the import goes into', async () => {
    const projectId = await createProject('客服');
    const remembered = { id: 'id', draft: 'final', model: 'meta.llm' };
    await projects().rememberImportMapping(projectId, remembered);

    await flow().takeFile(file());

    expect(flow().target).toEqual({ kind: 'existing', projectId });
    expect(flow().mapping).toEqual(remembered);
  });

  it('offers the suggestion when the remembered mapping names a field the file lacks', async () => {
    const projectId = await createProject('客服');
    await projects().rememberImportMapping(projectId, { draft: 'answer_v2' });
    await flow().takeFile(file());
    expect(flow().mapping).toEqual(SUGGESTED);
  });

  // Until the reviewer edits the mapping, choosing a project offers the mapping it remembers.
  it('offers the remembered mapping when the reviewer picks its project', async () => {
    await createProject('A');
    const withMemory = await createProject('B');
    const remembered = { id: 'id', draft: 'final', model: 'meta.llm' };
    await projects().rememberImportMapping(withMemory, remembered);
    await flow().takeFile(file());
    expect(flow().mapping).toEqual(SUGGESTED);

    flow().setTarget({ kind: 'existing', projectId: withMemory });

    expect(flow().mapping).toEqual(remembered);
  });

  it('keeps the mapping the reviewer chose when the target changes', async () => {
    await createProject('A');
    const withMemory = await createProject('B');
    await projects().rememberImportMapping(withMemory, { id: 'id', draft: 'final' });
    await flow().takeFile(file());
    flow().setMapping({ draft: 'question' });
    flow().setTarget({ kind: 'existing', projectId: withMemory });
    expect(flow().mapping).toEqual({ draft: 'question' });
  });
});
