/**
 * The display-name form, shared by first-start onboarding and the Settings dialog: a labelled
 * input, a hint that decisions carry the name, and the store's validation message. Enter submits
 * because it is a real <form>.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useProfileStore } from '../../stores/profile/profile-store';

const ERROR_KEYS = ['profile.errors.empty', 'profile.errors.tooLong'] as const;
type ErrorKey = (typeof ERROR_KEYS)[number] | 'profile.errors.saveFailed';

/** The message key for a failed save: the store's own key, or a generic one. */
function errorKeyOf(error: unknown): ErrorKey {
  const message = error instanceof Error ? error.message : '';
  return ERROR_KEYS.find((key) => key === message) ?? 'profile.errors.saveFailed';
}

export interface DisplayNameFormProps {
  submitLabel: string;
  /** Called after the name was stored. */
  onSaved?: () => void;
  /** Marks the input for the dialog's focus trap to focus first (see use-focus-trap.ts). */
  autoFocus?: boolean;
}

export function DisplayNameForm({ submitLabel, onSaved, autoFocus }: DisplayNameFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const saveDisplayName = useProfileStore((state) => state.saveDisplayName);
  const [name, setName] = useState(() => useProfileStore.getState().profile?.displayName ?? '');
  const [errorKey, setErrorKey] = useState<ErrorKey | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) {
      return;
    }
    setSaving(true);
    setSaved(false);
    try {
      await saveDisplayName(name);
      setErrorKey(null);
      setSaved(true);
      onSaved?.();
    } catch (error) {
      setErrorKey(errorKeyOf(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="display-name-form" noValidate onSubmit={(event) => void submit(event)}>
      <label htmlFor={`${id}-name`}>{t('profile.name.label')}</label>
      <input
        id={`${id}-name`}
        type="text"
        autoComplete="name"
        value={name}
        data-autofocus={autoFocus === true ? '' : undefined}
        aria-invalid={errorKey !== null}
        aria-describedby={errorKey === null ? `${id}-hint` : `${id}-hint ${id}-error`}
        onChange={(event) => {
          setName(event.target.value);
          setSaved(false);
        }}
      />
      <p id={`${id}-hint`} className="profile-hint">
        {t('profile.name.hint')}
      </p>
      {errorKey !== null && (
        <p id={`${id}-error`} className="profile-error" role="alert">
          {t(errorKey)}
        </p>
      )}
      {saved && (
        <p className="profile-saved" role="status">
          {t('profile.name.saved')}
        </p>
      )}
      <button type="submit" className="button button-primary" aria-disabled={saving}>
        {submitLabel}
      </button>
    </form>
  );
}
