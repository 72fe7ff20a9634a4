/**
 * The left pane: everything the draft was written from (prompt, conversation, documents), its
 * metadata as plain key/value text, and the LLM-judge suggestion when the import carried one.
 */
import { useTranslation } from 'react-i18next';
import type { Draft, DraftMessage } from '../../../shared/domain/draft';
import { SourceText, type ActiveMatch } from './source-text';

export interface SourcePanelProps {
  draft: Draft;
  activeMatch: ActiveMatch | null;
}

const ROLE_KEYS = {
  system: 'review.roles.system',
  user: 'review.roles.user',
  assistant: 'review.roles.assistant',
  tool: 'review.roles.tool',
} as const satisfies Record<DraftMessage['role'], string>;

/** Metadata values are untrusted too: shown as text, objects as JSON, never as markup. */
function metadataText(value: unknown): string {
  if (typeof value === 'string') {
    return value;
  }
  return JSON.stringify(value) ?? String(value);
}

/** The source pane; the element of the active match carries `source-marked`. */
/** Context kinds Loupe names in the reviewer's language; any other kind is shown as written. */
const KNOWN_KINDS = [
  'ticket',
  'document',
  'retrieved',
  'record',
  'policy',
  'email',
  'chat',
  'knowledge',
  'text',
] as const;
type KnownKind = (typeof KNOWN_KINDS)[number];
const isKnownKind = (kind: string): kind is KnownKind =>
  (KNOWN_KINDS as readonly string[]).includes(kind);

export function SourcePanel({ draft, activeMatch }: SourcePanelProps) {
  const { t } = useTranslation();
  const contextKindLabel = (kind: string) =>
    isKnownKind(kind) ? t(`review.source.kind.${kind}`) : kind;
  const matchIn = (sourceId: string) =>
    activeMatch?.sourceId === sourceId ? activeMatch : undefined;
  const itemClass = (sourceId: string) =>
    matchIn(sourceId) ? 'source-item source-marked' : 'source-item';
  const metadata = Object.entries(draft.metadata);

  return (
    <div className="source-panel">
      <h2 className="pane-title">{t('review.source.title')}</h2>
      {draft.prompt !== undefined && draft.prompt.trim() !== '' ? (
        <section className={itemClass('prompt')} data-source-id="prompt">
          <h3 className="source-heading">{t('review.source.prompt')}</h3>
          <SourceText text={draft.prompt} match={matchIn('prompt')} />
        </section>
      ) : null}
      {draft.messages !== undefined && draft.messages.length > 0 ? (
        <section className="source-group">
          <h3 className="source-heading">{t('review.source.conversation')}</h3>
          <ol className="source-messages">
            {draft.messages.map((message, index) => (
              <li
                key={index}
                className={`${itemClass(`message:${index}`)} source-message-${message.role}`}
                data-source-id={`message:${index}`}
              >
                <span className="source-role">{t(ROLE_KEYS[message.role])}</span>
                <SourceText text={message.content} match={matchIn(`message:${index}`)} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {draft.context.map((item, index) => (
        <section
          key={index}
          className={itemClass(`context:${index}`)}
          data-source-id={`context:${index}`}
        >
          <h3 className="source-heading">
            <span className="source-kind">{contextKindLabel(item.kind)}</span> {item.title}
          </h3>
          {/* Shown as text only: the reviewer reads where it came from, Loupe never fetches it. */}
          {item.url !== undefined ? <p className="source-url">{item.url}</p> : null}
          <SourceText text={item.text} match={matchIn(`context:${index}`)} />
        </section>
      ))}
      {metadata.length > 0 ? (
        <section className="source-group">
          <h3 className="source-heading">{t('review.source.metadata')}</h3>
          <dl className="source-metadata">
            {metadata.map(([key, value]) => (
              <div key={key}>
                <dt>{key}</dt>
                <dd>{metadataText(value)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      {draft.judge !== undefined ? (
        <section className="source-group judge" aria-label={t('review.judge.title')}>
          <h3 className="source-heading">{t('review.judge.title')}</h3>
          <p className="judge-summary">
            <span>{t('review.judge.verdict', { verdict: draft.judge.verdict })}</span>
            {draft.judge.score !== undefined ? (
              <span>{t('review.judge.score', { score: draft.judge.score })}</span>
            ) : null}
          </p>
          {draft.judge.rationale !== undefined ? (
            <p className="judge-rationale">{draft.judge.rationale}</p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
