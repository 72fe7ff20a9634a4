/** Renders a component inside the app's i18n provider, in the language a test asks for. */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../../../renderer/i18n/create-i18n';
import type { Language } from '../../../../shared/ipc/contract';

/** Renders `ui` in `language` and returns the view with a user-event user. */
export function renderInI18n(ui: ReactElement, language: Language = 'en') {
  const user = userEvent.setup();
  const i18n = createI18n(language);
  const view = render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
  return { ...view, user, i18n };
}
