/**
 * Where the hub token is kept on this machine, said plainly before and after connecting: the
 * system keychain (Electron with safeStorage), Loupe's data unencrypted (Electron on a desktop
 * without a keychain), or this browser's storage (the browser build).
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useHubConnectionStore } from '../../stores/sync/hub-connection-store';

export function TokenStorageNote({ id }: { id?: string }) {
  const { t } = useTranslation();
  const { runtime, storage, load } = useHubConnectionStore(
    useShallow((state) => ({ runtime: state.runtime, storage: state.storage, load: state.load })),
  );
  useEffect(() => {
    void load();
  }, [load]);
  if (runtime === null) {
    return null;
  }
  let text: string;
  if (runtime === 'browser') {
    text = t('teamHub.storage.browser');
  } else if (storage === 'encrypted') {
    text = t('teamHub.storage.keychain');
  } else if (storage === 'plaintext') {
    text = t('teamHub.storage.unencrypted');
  } else {
    return null;
  }
  return (
    <p id={id} className="team-hub-hint">
      {text}
    </p>
  );
}
