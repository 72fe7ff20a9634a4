/**
 * Grounding hints under the draft, as plain text so SafeMarkdown's output stays untouched:
 * (a) sentences holding a number, date or name found in no source, with those values marked,
 * (b) draft values and phrases that do occur in a source. Activating a link marks its exact
 * match in the source pane; hovering previews it. A hint shows only the text that matched, with
 * invisible characters (RLO, zero-width…) drawn as markers by VisibleText (issue 12).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroundingKind, GroundingResult, SourceMatch } from '../../../shared/grounding';
import '../../styles/review-grounding.css';
import { formatCount } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { VisibleText } from '../../components/markdown/visible-text';
import { clipQuote, MAX_REASONS, MAX_SENTENCES, quotePieces } from './grounding-quote';
import { useGroundingResult } from './grounding-sources';

export interface GroundingPanelProps {
  /** The draft text the offsets in `result` point into. */
  draft: string;
  /** The hints, or groundingFor's placeholder while a long draft's are found in a worker. */
  result: GroundingResult;
  /** A short human name for a source id ("Prompt", "Booking 8QZJTD"). */
  sourceName: (sourceId: string) => string;
  onShowMatch: (match: SourceMatch, preview: boolean) => void;
  onEndPreview: () => void;
  /** The hints looked at the first `partialChars` characters only (a long draft or source). */
  partialChars?: number;
}

const KIND_KEYS = {
  number: 'grounding.kinds.number',
  date: 'grounding.kinds.date',
  name: 'grounding.kinds.name',
  phrase: 'grounding.kinds.phrase',
} as const satisfies Record<GroundingKind, string>;

/** Phrase links can be many on a long draft; facts first, and a bounded list keeps it scannable. */
const MAX_LINKS = 40;

/** The hints panel; renders nothing when the draft has neither links nor unsupported facts. */
export function GroundingPanel(props: GroundingPanelProps) {
  const { draft, sourceName, onShowMatch, onEndPreview, partialChars } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const unsupportedId = useId();
  const linksId = useId();
  const result = useGroundingResult(props.result);
  if (result === null) {
    return (
      <section className="grounding" aria-labelledby="grounding-title" aria-busy="true">
        <h2 id="grounding-title" className="pane-title">
          {t('grounding.title')}
        </h2>
        <p className="muted" role="status">
          {t('grounding.finding')}
        </p>
      </section>
    );
  }
  const links = [...result.links]
    .sort((a, b) => Number(a.kind === 'phrase') - Number(b.kind === 'phrase'))
    .slice(0, MAX_LINKS);

  return (
    <section className="grounding" aria-labelledby="grounding-title">
      <h2 id="grounding-title" className="pane-title">
        {t('grounding.title')}
      </h2>
      {partialChars === undefined ? null : (
        <p className="grounding-partial" role="note">
          {t('grounding.partial', { characters: formatCount(language, partialChars) })}
        </p>
      )}
      {result.unsupportedSentences.length === 0 && result.links.length === 0 ? (
        <p className="muted">{t('grounding.none')}</p>
      ) : null}
      {result.unsupportedSentences.length > 0 ? (
        <>
          <h3 id={unsupportedId} className="grounding-heading">
            {t('grounding.unsupportedTitle')}
          </h3>
          <ul className="grounding-unsupported" aria-labelledby={unsupportedId}>
            {result.unsupportedSentences.slice(0, MAX_SENTENCES).map((sentence) => (
              <li key={sentence.start}>
                <p className="grounding-sentence">
                  {sentenceParts(draft, sentence.start, sentence.end, sentence.reasons)}
                </p>
                <p className="grounding-values">
                  {sentence.reasons.slice(0, MAX_REASONS).map((reason) => (
                    <span key={reason.start} className="grounding-value">
                      <VisibleText
                        text={t('grounding.unsupportedValue', {
                          kind: t(KIND_KEYS[reason.kind]),
                          value: clipQuote(reason.text),
                        })}
                      />
                    </span>
                  ))}
                </p>
              </li>
            ))}
          </ul>
          {result.unsupportedSentences.length > MAX_SENTENCES ? (
            <p className="muted">
              {t('grounding.moreSentences', {
                count: result.unsupportedSentences.length - MAX_SENTENCES,
                number: formatCount(language, result.unsupportedSentences.length - MAX_SENTENCES),
              })}
            </p>
          ) : null}
        </>
      ) : null}
      {links.length > 0 ? (
        <>
          <h3 id={linksId} className="grounding-heading">
            {t('grounding.linksTitle')}
          </h3>
          <ul className="grounding-links" aria-labelledby={linksId}>
            {links.map((link) => {
              const match = link.matches[0];
              if (match === undefined) {
                return null;
              }
              const text = clipQuote(draft.slice(link.draftStart, link.draftEnd));
              return (
                <li key={link.draftStart}>
                  <button
                    type="button"
                    className="grounding-link"
                    onClick={() => onShowMatch(match, false)}
                    onMouseEnter={() => onShowMatch(match, true)}
                    onMouseLeave={onEndPreview}
                  >
                    <span className="grounding-kind">{t(KIND_KEYS[link.kind])}</span>
                    <span className="grounding-text">
                      <VisibleText text={text} />
                    </span>
                    <span className="grounding-where">
                      <VisibleText
                        text={t('grounding.foundIn', {
                          source: sourceName(match.sourceId),
                          count: link.matches.length,
                        })}
                      />
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
          {result.links.length > MAX_LINKS ? (
            <p className="muted">
              {t('grounding.moreLinks', { count: result.links.length - MAX_LINKS })}
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

/**
 * The sentence as text nodes, with each unsupported value in a <mark>; a long sentence is quoted
 * around its values only (grounding-quote.ts), with an ellipsis where text is left out.
 */
function sentenceParts(
  draft: string,
  start: number,
  end: number,
  reasons: readonly { start: number; end: number }[],
) {
  return quotePieces(start, end, reasons).map((piece) => {
    const text = <VisibleText text={draft.slice(piece.start, piece.end)} />;
    if (piece.kind === 'gap') {
      return (
        <span key={`gap-${piece.start}`} className="grounding-gap">
          …
        </span>
      );
    }
    return piece.kind === 'value' ? (
      <mark key={piece.start} className="grounding-unsupported-value">
        {text}
      </mark>
    ) : (
      <span key={`text-${piece.start}`}>{text}</span>
    );
  });
}
