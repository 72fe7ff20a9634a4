/**
 * Grounding hints under the draft, as plain text so SafeMarkdown's output stays untouched:
 * (a) sentences holding a number, date or name found in no source, with those values marked,
 * (b) draft values and phrases that do occur in a source. Activating a link marks its exact
 * match in the source pane; hovering previews it. A hint shows only the text that matched, with
 * invisible characters (RLO, zero-width…) drawn as markers by VisibleText (issue 12).
 */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroundingKind, GroundingResult, SourceMatch } from '../../../shared/grounding';
import '../../styles/review-grounding.css';
import { VisibleText } from '../markdown/visible-text';

export interface GroundingPanelProps {
  /** The draft text the offsets in `result` point into. */
  draft: string;
  result: GroundingResult;
  /** A short human name for a source id ("Prompt", "Booking 8QZJTD"). */
  sourceName: (sourceId: string) => string;
  onShowMatch: (match: SourceMatch, preview: boolean) => void;
  onEndPreview: () => void;
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
  const { draft, result, sourceName, onShowMatch, onEndPreview } = props;
  const { t } = useTranslation();
  const unsupportedId = useId();
  const linksId = useId();
  const links = [...result.links]
    .sort((a, b) => Number(a.kind === 'phrase') - Number(b.kind === 'phrase'))
    .slice(0, MAX_LINKS);

  return (
    <section className="grounding" aria-labelledby="grounding-title">
      <h2 id="grounding-title" className="pane-title">
        {t('grounding.title')}
      </h2>
      {result.unsupportedSentences.length === 0 && result.links.length === 0 ? (
        <p className="muted">{t('grounding.none')}</p>
      ) : null}
      {result.unsupportedSentences.length > 0 ? (
        <>
          <h3 id={unsupportedId} className="grounding-heading">
            {t('grounding.unsupportedTitle')}
          </h3>
          <ul className="grounding-unsupported" aria-labelledby={unsupportedId}>
            {result.unsupportedSentences.map((sentence) => (
              <li key={sentence.start}>
                <p className="grounding-sentence">
                  {sentenceParts(draft, sentence.start, sentence.end, sentence.reasons)}
                </p>
                <p className="grounding-values">
                  {sentence.reasons.map((reason) => (
                    <span key={reason.start} className="grounding-value">
                      <VisibleText
                        text={t('grounding.unsupportedValue', {
                          kind: t(KIND_KEYS[reason.kind]),
                          value: reason.text,
                        })}
                      />
                    </span>
                  ))}
                </p>
              </li>
            ))}
          </ul>
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
              const text = draft.slice(link.draftStart, link.draftEnd);
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

/** The sentence as text nodes, with each unsupported value in a <mark>. */
function sentenceParts(
  draft: string,
  start: number,
  end: number,
  reasons: readonly { start: number; end: number }[],
) {
  const parts: ReactNode[] = [];
  const quoted = (from: number, to: number) => (
    <VisibleText key={`text-${from}`} text={draft.slice(from, to)} />
  );
  let at = start;
  for (const reason of reasons) {
    parts.push(quoted(at, reason.start));
    parts.push(
      <mark key={reason.start} className="grounding-unsupported-value">
        {quoted(reason.start, reason.end)}
      </mark>,
    );
    at = reason.end;
  }
  parts.push(quoted(at, end));
  return parts;
}
