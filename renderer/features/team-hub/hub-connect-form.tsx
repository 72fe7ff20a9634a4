/**
 * Connecting to a team hub: its address and a token from its admin. "Test connection" asks the
 * hub who the token belongs to; only when the hub accepts both does the app keep them (the token
 * goes to the bridge and is never shown again — this form forgets it at once). A failure says
 * what went wrong and what to do; plain http to another machine is warned about as it is typed.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubFailure } from '../../../shared/sync/hub-failure';
import { checkHubUrl } from '../../../shared/sync/hub-url';
import { useSyncStore } from '../../stores/sync/sync-store';
import { HubFailureMessage, urlProblemOf } from '../sync/hub-failure-message';
import { TokenStorageNote } from './token-storage-note';

export interface HubConnectFormProps {
  /** Called once the hub accepted the address and the token (both are kept by then). */
  onConnected: () => void;
}

type FormState =
  | { kind: 'idle' }
  | { kind: 'connecting' }
  | { kind: 'missing-token' }
  | { kind: 'failed'; failure: HubFailure };

export function HubConnectForm({ onConnected }: HubConnectFormProps) {
  const { t } = useTranslation();
  const connect = useSyncStore((state) => state.connect);
  const ids = {
    url: useId(),
    urlHint: useId(),
    insecure: useId(),
    token: useId(),
    tokenHint: useId(),
    storage: useId(),
    problem: useId(),
  };
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [state, setState] = useState<FormState>({ kind: 'idle' });
  const urlInput = useRef<HTMLInputElement>(null);
  const tokenInput = useRef<HTMLInputElement>(null);

  const checked = checkHubUrl(url);
  const insecure = checked.ok && !checked.secure;
  const failure = state.kind === 'failed' ? state.failure : null;
  const addressRefused = failure !== null && urlProblemOf(failure) !== null;
  const tokenRefused = state.kind === 'missing-token' || failure?.kind === 'unauthorized';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (state.kind === 'connecting') {
      return;
    }
    if (!checked.ok) {
      // Said here, before anything (the token above all) is sent anywhere.
      const code = `url_${checked.problem}`;
      setState({ kind: 'failed', failure: { kind: 'refused', code, message: '' } });
      urlInput.current?.focus();
      return;
    }
    if (token.trim() === '') {
      setState({ kind: 'missing-token' });
      tokenInput.current?.focus();
      return;
    }
    setState({ kind: 'connecting' });
    let answer: Awaited<ReturnType<typeof connect>>;
    try {
      answer = await connect(url, token);
    } catch (error) {
      console.error('Could not connect to the hub', error);
      answer = { ok: false, failure: { kind: 'offline', message: String(error) } };
    }
    if (answer.ok) {
      setToken('');
      setState({ kind: 'idle' });
      onConnected();
      return;
    }
    setState({ kind: 'failed', failure: answer.failure });
    if (urlProblemOf(answer.failure) !== null) {
      urlInput.current?.focus();
    } else if (answer.failure.kind === 'unauthorized') {
      // A refused token is of no more use: the next try needs a new one.
      setToken('');
      tokenInput.current?.focus();
    }
  };

  const describe = (...parts: (string | false)[]) =>
    parts.filter((part): part is string => part !== false).join(' ') || undefined;

  return (
    <form className="team-hub-form" onSubmit={(event) => void submit(event)} noValidate>
      <div className="team-hub-field">
        <label htmlFor={ids.url}>{t('teamHub.address')}</label>
        <input
          ref={urlInput}
          id={ids.url}
          type="url"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          value={url}
          aria-invalid={addressRefused || undefined}
          aria-describedby={describe(
            ids.urlHint,
            insecure && ids.insecure,
            addressRefused && ids.problem,
          )}
          onChange={(event) => {
            setUrl(event.target.value);
            if (addressRefused) {
              setState({ kind: 'idle' });
            }
          }}
        />
        <p id={ids.urlHint} className="team-hub-hint">
          {t('teamHub.addressHint')}
        </p>
        {insecure ? (
          <p id={ids.insecure} className="team-hub-warning">
            {t('teamHub.insecure')}
          </p>
        ) : null}
      </div>
      <div className="team-hub-field">
        <label htmlFor={ids.token}>{t('teamHub.token')}</label>
        <input
          ref={tokenInput}
          id={ids.token}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={token}
          aria-invalid={tokenRefused || undefined}
          aria-describedby={describe(ids.tokenHint, ids.storage, tokenRefused && ids.problem)}
          onChange={(event) => {
            setToken(event.target.value);
            if (state.kind === 'missing-token') {
              setState({ kind: 'idle' });
            }
          }}
        />
        <p id={ids.tokenHint} className="team-hub-hint">
          {t('teamHub.tokenHint')}
        </p>
        <TokenStorageNote id={ids.storage} />
      </div>
      <div className="team-hub-actions">
        <button
          type="submit"
          className="button button-primary"
          aria-disabled={state.kind === 'connecting' || undefined}
        >
          {t('teamHub.test')}
        </button>
        {/* A live region, not a `status` role: Settings has one already (the name form's). */}
        <p className="team-hub-status" aria-live="polite">
          {state.kind === 'connecting' ? t('teamHub.connecting') : null}
        </p>
      </div>
      <div id={ids.problem} role="alert" className="team-hub-problem-region">
        {state.kind === 'missing-token' ? (
          <p className="team-hub-problem">{t('teamHub.tokenMissing')}</p>
        ) : null}
        {failure === null ? null : (
          <HubFailureMessage
            failure={failure}
            lead={t('teamHub.notConnected')}
            className="team-hub-problem"
          />
        )}
      </div>
    </form>
  );
}
