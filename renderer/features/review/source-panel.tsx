/**
 * The left pane: everything the draft was written from (prompt, conversation, documents), its
 * metadata as plain key/value text, and the LLM-judge suggestion when the import carried one.
 */
import { useTranslation } from 'react-i18next';
import type { Draft, DraftMessage } from '../../../shared/domain/draft';
import { contextKindLabel, knownContextKind } from '../../i18n/context-kind';
import { isLongText } from '../../components/markdown/long-text';
import { LongTextView } from '../../components/markdown/long-text-view';
import { VisibleText } from '../../components/markdown/visible-text';
import { SourceText, type ActiveMatch } from './source-text';
import { SPANS_KEY } from '../../../shared/import/span-annotations';

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

/**
 * A metadata value as text, invisible characters marked; a long one (a span list of a whole
 * benchmark row can be megabytes of JSON) in parts, as long drafts are (issue 12, point 4).
 */
function MetadataValue({ text }: { text: string }) {
  return isLongText(text) ? <LongTextView text={text} /> : <VisibleText text={text} />;
}

/** The source pane; the element of the active match carries `source-marked`. */
export function SourcePanel({ draft, activeMatch }: SourcePanelProps) {
  const { t } = useTranslation();
  const matchIn = (sourceId: string) =>
    activeMatch?.sourceId === sourceId ? activeMatch : undefined;
  const itemClass = (sourceId: string) =>
    matchIn(sourceId) ? 'source-item source-marked' : 'source-item';
  // The checked spans are drawn on the draft (draft-spans.tsx), not listed as a JSON blob.
  const metadata = Object.entries(draft.metadata).filter(([key]) => key !== SPANS_KEY);

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
            {/* A kind Loupe has no label for is shown as written, not upper-cased. */}
            <span
              className={
                knownContextKind(item.kind) === undefined
                  ? 'source-kind source-kind-as-written'
                  : 'source-kind'
              }
            >
              {contextKindLabel(item.kind, t)}
            </span>{' '}
            {item.title}
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
                <dd>
                  <MetadataValue text={metadataText(value)} />
                </dd>
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
