/** Renders the whole app the way main.tsx does, after loading settings for `systemLanguages`. */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../renderer/app/App';
import { createI18n } from '../../../renderer/i18n/create-i18n';
import { useSettingsStore } from '../../../renderer/stores/settings/settings-store';

export async function renderApp(systemLanguages: string[] = ['en-US']) {
  await useSettingsStore.getState().load(systemLanguages);
  const user = userEvent.setup();
  const view = render(<App i18n={createI18n(useSettingsStore.getState().language)} />);
  return { user, ...view };
}
