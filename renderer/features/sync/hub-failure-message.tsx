/**
 * Why a hub call failed, in the reviewer's language, with what to do about it (issue 11): the
 * failure kinds of shared/sync/hub-failure.ts, and the address problems the URL check names.
 * The hub's own words, when it gave some, follow as a detail: they help whoever runs the hub.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { HubFailure, HubFailureKind } from '../../../shared/sync/hub-failure';
import type { HubUrlProblem } from '../../../shared/sync/hub-url';

type Translate = TFunction<'translation'>;

/**
 * `t` over a key built from a failure's kind. Typing such a template key against every key of
 * the locales grew past TypeScript's instantiation depth as the locales grew (TS2589), so these
 * keys go through as plain strings; the locale test checks that each kind has its three texts.
 */
function say(t: Translate, key: string): string {
  return (t as unknown as (key: string) => string)(key);
}

const URL_PROBLEMS: readonly HubUrlProblem[] = [
  'empty',
  'unparseable',
  'scheme',
  'credentials',
  'query',
];

/** The address problem behind a `url_…` code, if that is what the failure is. */
export function urlProblemOf(failure: HubFailure): HubUrlProblem | null {
  const problem = failure.code?.startsWith('url_') === true ? failure.code.slice(4) : null;
  return URL_PROBLEMS.find((known) => known === problem) ?? null;
}

/** Kinds whose message comes from the hub (worth showing), not from the network stack. */
const HUB_WORDS: ReadonlySet<HubFailureKind> = new Set<HubFailureKind>([
  'forbidden',
  'refused',
  'unavailable',
  'bad-answer',
]);

/** What went wrong, as one sentence. */
export function hubFailureProblem(t: Translate, failure: HubFailure): string {
  const url = urlProblemOf(failure);
  return url === null
    ? say(t, `hubFailure.${failure.kind}.problem`)
    : say(t, `hubFailure.url.${url}`);
}

/** What to do about it, as one sentence. */
export function hubFailureAction(t: Translate, failure: HubFailure): string {
  return urlProblemOf(failure) === null
    ? say(t, `hubFailure.${failure.kind}.action`)
    : t('hubFailure.url.action');
}

/** A few words for the header ("token not accepted"). */
export function hubFailureShort(t: Translate, failure: HubFailure): string {
  return urlProblemOf(failure) === null
    ? say(t, `hubFailure.${failure.kind}.short`)
    : t('hubFailure.url.short');
}

export interface HubFailureMessageProps {
  failure: HubFailure;
  /** Shown before the explanation ("Not published."), when the context needs saying. */
  lead?: string;
  className?: string;
}

/** The failure explained: what happened, what to do, and the hub's words if any. */
export function HubFailureMessage({ failure, lead, className }: HubFailureMessageProps) {
  const { t } = useTranslation();
  const hubWords =
    HUB_WORDS.has(failure.kind) && urlProblemOf(failure) === null && failure.message.trim() !== ''
      ? failure.message
      : null;
  return (
    <div className={className === undefined ? 'hub-failure' : `hub-failure ${className}`}>
      {lead === undefined ? null : <p className="hub-failure-lead">{lead}</p>}
      <p className="hub-failure-problem">{hubFailureProblem(t, failure)}</p>
      <p className="hub-failure-action">{hubFailureAction(t, failure)}</p>
      {hubWords === null ? null : (
        <p className="hub-failure-detail">{t('hubFailure.hubSaid', { message: hubWords })}</p>
      )}
    </div>
  );
}
