/**
 * The dependency walls of eslint.config.mjs (DESIGN.md, "Processes and folders"; issue 12 point
 * 23), checked by linting one import line as if it stood in a file of each folder: the imports a
 * layer may not make are errors, the ones it is meant to make are not. Type information is off
 * (the walls are `no-restricted-imports`, which needs none), so this runs in seconds.
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

const eslint = new ESLint({
  cwd: root,
  overrideConfig: [tseslint.configs.disableTypeChecked],
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
});

/** The wall messages `source` gets as the text of `file` (relative to the repository). */
async function wallsHit(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\n`, { filePath: `${root}${file}` });
  return (result?.messages ?? []).map((message) => message.message);
}

describe('lint walls', { timeout: 60_000 }, () => {
  it.each([
    [
      'renderer/features/queue/empty-queue.tsx',
      "import { LoupeMark } from '../../app/loupe-mark';",
    ],
    ['renderer/features/review/x.tsx', "import { App } from '../../app/App';"],
    [
      'renderer/stores/queue/queue-store.ts',
      "import { QueueList } from '../../features/queue/queue-list';",
    ],
    ['renderer/stores/review/review-store.ts', "import { startApp } from '../../app/start-app';"],
    ['shared/domain/project.ts', "import { canonicalJson } from '../review/event-set';"],
    ['shared/domain/draft.ts', "import type { DraftState } from '../review/derive-draft-state';"],
    ['electron/ipc/sender-check.ts', "import { getAppInfo } from '../handlers/app-info';"],
    [
      'electron/ipc/typed-ipc-main.ts',
      "import { createHubHandlers } from '../team-hub/hub-handlers';",
    ],
  ])('refuses, in %s: %s', async (file, source) => {
    expect(await wallsHit(file, source)).not.toEqual([]);
  });

  it.each([
    [
      'renderer/features/queue/empty-queue.tsx',
      "import { LoupeMark } from '../../components/loupe-mark';",
    ],
    [
      'renderer/features/queue/x.tsx',
      "import { useQueueStore } from '../../stores/queue/queue-store';",
    ],
    ['renderer/stores/queue/queue-store.ts', "import type { DraftRow } from '../../db/rows';"],
    [
      'renderer/app/app-header.tsx',
      "import { QueueScreen } from '../features/queue/queue-screen';",
    ],
    ['shared/review/event-set.ts', "import { canonicalJson } from '../json/canonical-json';"],
    ['shared/review/build-decision-event.ts', "import type { Draft } from '../domain/draft';"],
    ['electron/register-ipc-handlers.ts', "import { getAppInfo } from './handlers/app-info';"],
    ['electron/handlers/file-reads.ts', "import { IpcError } from '../ipc/ipc-error';"],
  ])('allows, in %s: %s', async (file, source) => {
    expect(await wallsHit(file, source)).toEqual([]);
  });
});
