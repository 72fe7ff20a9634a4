/**
 * First start: asks the reviewer's display name. A section of the page, not a modal, so the
 * header's language and theme switches stay usable while a new reviewer decides what to type.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DisplayNameForm } from './display-name-form';

export function ProfileOnboarding() {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="profile-onboarding" data-testid="onboarding" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('profile.onboarding.title')}</h2>
      <p className="profile-onboarding-lead">{t('profile.onboarding.lead')}</p>
      <DisplayNameForm submitLabel={t('profile.onboarding.start')} />
    </section>
  );
}
