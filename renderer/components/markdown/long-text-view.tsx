/**
 * A long untrusted text (long-text.ts) shown as plain text in parts, under a note that says so.
 * Only the parts near the screen are put in the page; the others keep an estimated height until
 * the reader scrolls near them, and once in the page a part the reader scrolled past is skipped
 * by layout again (`content-visibility: auto`). So opening a 1 MB draft lays out a screenful, not
 * a megabyte, and a hostile text with a hidden character every other letter costs the same.
 * Invisible characters are marked by VisibleText as everywhere else; nothing is HTML-injected.
 */
import { useMemo, useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useNearScreenParts } from '../use-near-screen-parts';
import '../../styles/long-text.css';
import { countLines, estimateWrappedLines, splitIntoChunks, type TextChunk } from './long-text';
import { VisibleText } from './visible-text';

/** A range of the text drawn in a <mark> (the source pane's active grounding match). */
export interface LongTextMark {
  start: number;
  end: number;
  className: string;
  /** Set on the <mark> that holds `start`, to scroll it into view. */
  ref?: Ref<HTMLElement>;
}

export interface LongTextViewProps {
  text: string;
  className?: string;
  mark?: LongTextMark;
}

/** Parts put in the page at once: more than a tall window shows. */
const FIRST_PARTS = 3;
/** Columns assumed for the estimated height of a part not laid out yet. */
const ESTIMATE_COLUMNS = 80;
/** How far beyond the visible area a part is put in the page ahead of the reader. */
const AHEAD = '200% 0px';

/** The index of the part holding `offset`. */
function partAt(chunks: readonly TextChunk[], offset: number): number {
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((chunks[mid]?.start ?? 0) <= offset) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  return lo;
}

/** The long text, in parts, with the note. */
export function LongTextView({ text, className, mark }: LongTextViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  // Each part with the height it keeps until laid out (counted once per text, not per render).
  const chunks = useMemo(
    () =>
      splitIntoChunks(text).map((chunk) => ({
        ...chunk,
        height: `${estimateWrappedLines(text, ESTIMATE_COLUMNS, chunk.start, chunk.end)}lh`,
      })),
    [text],
  );
  const lines = useMemo(() => countLines(text), [text]);
  const container = useRef<HTMLDivElement>(null);
  const [shown] = useNearScreenParts(container, chunks, {
    count: chunks.length,
    first: FIRST_PARTS,
    ahead: AHEAD,
    root: 'scrolling-ancestor',
  });
  const markPart = mark === undefined ? -1 : partAt(chunks, mark.start);

  return (
    <div className={className ? `long-text ${className}` : 'long-text'} data-long-text="">
      <p className="long-text-note" role="note">
        {t('markdown.longText', {
          characters: formatCount(language, text.length),
          lines: formatCount(language, lines),
          count: lines,
        })}
      </p>
      <div ref={container} className="long-text-body">
        {chunks.map((chunk, index) => {
          const { height } = chunk;
          if (!shown.has(index) && index !== markPart) {
            // Not laid out yet: an empty block of about its height keeps the scroll bar honest.
            return (
              <div
                key={chunk.start}
                data-part={index}
                className="long-text-part"
                style={{ height }}
              />
            );
          }
          return (
            <div
              key={chunk.start}
              data-part={index}
              className="long-text-part long-text-part-shown"
              style={{ containIntrinsicSize: `auto ${height}` }}
            >
              <PartText text={text} chunk={chunk} mark={mark} markHere={index === markPart} />
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** One part's text, with the part of `mark` that falls in it marked. */
function PartText({
  text,
  chunk,
  mark,
  markHere,
}: {
  text: string;
  chunk: TextChunk;
  mark: LongTextMark | undefined;
  markHere: boolean;
}) {
  const from = mark === undefined ? chunk.end : Math.max(chunk.start, mark.start);
  const to = mark === undefined ? chunk.end : Math.min(chunk.end, mark.end);
  if (mark === undefined || from >= to) {
    return <VisibleText text={text.slice(chunk.start, chunk.end)} />;
  }
  return (
    <>
      <VisibleText text={text.slice(chunk.start, from)} />
      <mark ref={markHere ? mark.ref : undefined} className={mark.className}>
        <VisibleText text={text.slice(from, to)} />
      </mark>
      <VisibleText text={text.slice(to, chunk.end)} />
    </>
  );
}
