/**
 * The draft with the span annotations its file carried (issue 12, point 6): a plain-text view of
 * the draft with each span marked and labelled, and a legend of the labels; a button switches to
 * the formatted draft and back. Only spans the import checked against the text are kept (see
 * shared/import/span-annotations.ts), and they are checked again here against the text shown.
 * Untrusted text throughout: React text nodes, invisible characters made visible (VisibleText).
 */
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { readStoredSpans, type DraftSpan } from '../../../shared/import/span-annotations';
import { useReviewStore } from '../../stores/review/review-store';
import { VisibleText } from '../../components/markdown/visible-text';
import '../../styles/draft-spans.css';

/** Colours in draft-spans.css; labels beyond them share them again, the label text tells. */
const COLOURS = 6;

interface Piece {
  start: number;
  end: number;
  /** The spans covering this piece, outermost first. */
  covering: DraftSpan[];
  /** The spans that end where this piece ends (their labels follow it). */
  ending: DraftSpan[];
}

/** Cuts the text at every span edge; each piece knows the spans over it. */
function pieces(text: string, spans: readonly DraftSpan[]): Piece[] {
  const edges = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  );
  const out: Piece[] = [];
  for (let i = 0; i + 1 < edges.length; i += 1) {
    const start = edges[i]!;
    const end = edges[i + 1]!;
    out.push({
      start,
      end,
      covering: spans.filter((span) => span.start <= start && span.end >= end),
      ending: spans.filter((span) => span.end === end && span.start < end),
    });
  }
  return out;
}

function useDraftMetadata(draftId: string): Record<string, unknown> | undefined {
  // The pane may show the current draft or one prepared next: whichever has this id.
  return useReviewStore(
    (s) =>
      [s.current, s.upcoming, s.later].find((loaded) => loaded?.draft.id === draftId)?.draft
        .metadata,
  );
}

export function DraftSpans({
  draftId,
  text,
  children,
}: {
  draftId: string;
  text: string;
  /** The formatted draft, shown when there are no spans or the reviewer asks for it. */
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const metadata = useDraftMetadata(draftId);
  const spans = useMemo(
    () => (metadata === undefined ? [] : readStoredSpans(metadata, text)),
    [metadata, text],
  );
  const [formattedFor, setFormattedFor] = useState<string | null>(null);
  if (spans.length === 0) {
    return children;
  }
  const formatted = formattedFor === draftId;
  const labels = [...new Set(spans.map((span) => span.label))];
  const colourOf = (label: string) => `draft-span-${labels.indexOf(label) % COLOURS}`;
  const labelText = (label: string) => (label === '' ? t('draftSpans.noLabel') : label);
  return (
    <>
      <button
        type="button"
        className="button draft-spans-switch"
        aria-pressed={!formatted}
        onClick={() => setFormattedFor(formatted ? null : draftId)}
      >
        {formatted
          ? t('draftSpans.showSpans', { count: spans.length })
          : t('draftSpans.showFormatted')}
      </button>
      {formatted ? (
        children
      ) : (
        <>
          <ul className="draft-spans-legend" aria-label={t('draftSpans.legend')}>
            {labels.map((label) => (
              <li key={label} className={`draft-span ${colourOf(label)}`}>
                <VisibleText text={labelText(label)} />
              </li>
            ))}
          </ul>
          <div className="draft-spans-text" role="region" aria-label={t('draftSpans.region')}>
            {pieces(text, spans).map((piece) => {
              const slice = <VisibleText text={text.slice(piece.start, piece.end)} />;
              const outer = piece.covering[0];
              return (
                <span key={piece.start}>
                  {outer === undefined ? (
                    slice
                  ) : (
                    <mark
                      className={`draft-span ${colourOf(outer.label)}`}
                      title={piece.covering.map((span) => labelText(span.label)).join(' · ')}
                    >
                      {slice}
                    </mark>
                  )}
                  {piece.ending.map((span) => (
                    <span
                      key={`${span.start}-${span.label}`}
                      className={`draft-span-label ${colourOf(span.label)}`}
                    >
                      <VisibleText text={labelText(span.label)} />
                    </span>
                  ))}
                </span>
              );
            })}
          </div>
        </>
      )}
    </>
  );
}
