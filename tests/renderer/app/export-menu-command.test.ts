/** File → Export Labelled Set… reaches the renderer as a menu command and opens the dialog. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setupMenuCommands } from '../../../renderer/app/menu-commands';
import { getBridge } from '../../../renderer/platform/current-bridge';
import { useExportStore } from '../../../renderer/stores/export/export-store';
import type { FakeLoupeApi } from '../platform/fake-loupe-api';
import { resetAppEnvironment } from '../support/app-env';

let api: FakeLoupeApi;

beforeEach(async () => {
  api = await resetAppEnvironment();
  useExportStore.getState().reset();
});

describe('the export menu command', () => {
  it('opens the export dialog', async () => {
    const stop = setupMenuCommands(getBridge());
    api.emitMenuCommand('export-labelled-set');
    await vi.waitFor(() => expect(useExportStore.getState().dialogOpen).toBe(true));
    stop();
    useExportStore.getState().closeDialog();
    expect(useExportStore.getState().dialogOpen).toBe(false);
  });
});
