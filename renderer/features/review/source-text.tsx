/**
 * A source text with one range marked. Markdown cannot mark an arbitrary character range of its
 * input without re-implementing the renderer, so the source whose match is active switches from
 * SafeMarkdown to this plain-text view (React text nodes, pre-wrap) showing the exact match, with
 * invisible characters marked by VisibleText as SafeMarkdown marks them. A long text stays in
 * parts (LongTextView) with the match marked in its part.
 */
import { useLayoutEffect, useRef } from 'react';
import { isLongText } from '../../components/markdown/long-text';
import { LongTextView } from '../../components/markdown/long-text-view';
import { SafeMarkdown } from '../../components/markdown/safe-markdown';
import { VisibleText } from '../../components/markdown/visible-text';

/** A half-open range in the source text, and whether the reviewer only hovers it. */
export interface ActiveMatch {
  sourceId: string;
  start: number;
  end: number;
  preview: boolean;
}

export interface SourceTextProps {
  text: string;
  /** The active match when it is in this text; undefined shows the text as markdown. */
  match: ActiveMatch | undefined;
}

/** Renders `text` as markdown, or as plain text with `match` marked and scrolled into view. */
export function SourceText({ text, match }: SourceTextProps) {
  const markRef = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    // A click moves the reviewer to the match; a hover preview must not jump the pane.
    if (match !== undefined && !match.preview) {
      markRef.current?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    }
  }, [match]);
  if (match === undefined) {
    return <SafeMarkdown source={text} className="source-markdown" headingBase={4} />;
  }
  const markClass = match.preview ? 'grounding-preview' : 'grounding-active';
  if (isLongText(text)) {
    // A long source is shown in parts (issue 12, point 4); the part with the match is laid out.
    const mark = { start: match.start, end: match.end, className: markClass, ref: markRef };
    return <LongTextView text={text} className="source-markdown" mark={mark} />;
  }
  return (
    <p className="source-plain">
      {/* Invisible characters shown as markers, as SafeMarkdown shows them (issue 12). */}
      <VisibleText text={text.slice(0, match.start)} />
      <mark ref={markRef} className={markClass}>
        <VisibleText text={text.slice(match.start, match.end)} />
      </mark>
      <VisibleText text={text.slice(match.end)} />
    </p>
  );
}
