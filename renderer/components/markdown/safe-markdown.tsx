/**
 * The one rendering path for untrusted text (CONVENTIONS.md §10; DESIGN.md, Security): drafts,
 * their context and the guidelines all go through `SafeMarkdown`. GFM is on, and line breaks are
 * kept as written; raw HTML is shown
 * as text; links are checked and open only through the bridge; images are never loaded;
 * bidirectional controls and zero-width characters are shown as named markers, never emitted.
 * A text above LONG_TEXT_CHARS (long-text.ts) is shown as plain text in parts instead.
 */
import { memo, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import type { Options } from 'react-markdown';
import remarkBreaks from 'remark-breaks';
import remarkGfm from 'remark-gfm';
import '../../styles/markdown.css';
import { LinkOpenedContext, type LinkOpenedListener } from './link-opened-context';
import { keepSafeUrl } from './link-policy';
import { isLongText } from './long-text';
import { LongTextView } from './long-text-view';
import { allowedElements, MARKDOWN_COMPONENTS } from './markdown-components';
import { remarkCheckedLinks } from './remark-checked-links';
import { remarkDemoteHeadings, type HeadingBase } from './remark-demote-headings';
import { remarkLiteralHtml } from './remark-literal-html';
import { remarkPlainFootnotes } from './remark-plain-footnotes';
import { remarkVisibleControls } from './remark-visible-controls';
import { renderedMarkdown } from './rendered-markdown';

export interface SafeMarkdownProps {
  /** The untrusted markdown, exactly as the model or the import wrote it. */
  source: string;
  /** Extra class on the wrapper, for layout by the caller. */
  className?: string;
  /** Level the text's top heading becomes (default 3: the screen owns h1 and h2). */
  headingBase?: HeadingBase;
  /** Told, after a link is clicked, whether the system browser opened it. */
  onLinkOpened?: LinkOpenedListener;
}

/** react-markdown options for a heading base; plugin order matters (see each plugin). */
function buildOptions(headingBase: HeadingBase): Options {
  return {
    remarkPlugins: [
      remarkGfm,
      // A single line break stays one (issue 12): models write lists and addresses line by line,
      // and CommonMark would join them into one paragraph (with stray spaces between Chinese).
      remarkBreaks,
      // Footnotes first: unwrapping a definition turns its HTML blocks into root-level blocks.
      remarkPlainFootnotes,
      remarkLiteralHtml,
      remarkCheckedLinks,
      [remarkDemoteHeadings, { base: headingBase }],
      // Last, so it sees every text the plugins above made (issue 12: RLO, zero-width…).
      remarkVisibleControls,
    ],
    // No rehype plugins, above all no rehype-raw: HTML is never parsed into elements.
    rehypePlugins: [],
    skipHtml: false,
    allowedElements: allowedElements(headingBase),
    // Keeps the text of anything unexpected visible; the element itself is still removed.
    unwrapDisallowed: true,
    urlTransform: keepSafeUrl,
    components: MARKDOWN_COMPONENTS,
  };
}

const optionsByBase = new Map<HeadingBase, Options>();

/** One options object per heading base, so parsed trees can be cached per base. */
function markdownOptions(headingBase: HeadingBase): Options {
  let options = optionsByBase.get(headingBase);
  if (options === undefined) {
    options = buildOptions(headingBase);
    optionsByBase.set(headingBase, options);
  }
  return options;
}

/**
 * Parses `source` ahead of time (the review screen does this for the draft it read ahead), so
 * showing it later only mounts the tree.
 */
export function prepareMarkdown(source: string, headingBase: HeadingBase = 3): void {
  if (isLongText(source)) {
    return; // shown as plain text in parts, never parsed (issue 12, point 4)
  }
  renderedMarkdown(source, markdownOptions(headingBase), String(headingBase));
}

/** A little of what drafts hold (a heading, emphasis, a link, code, a list, a table). */
const WARM_UP_SAMPLE =
  '# Reply\n\nThe **refund** of NT$1,280 for [order A-1024](https://example.com) is `sent`:\n\n' +
  '- one\n- two\n\n| a | b |\n| - | - |\n| 1 | 2 |\n';

/**
 * The first text parsed in a session costs 40–50 ms more than the next (the parser's code is
 * compiled as it first runs), and that first text is the first draft the reviewer opens: it was
 * a quarter of the task that opened it (issue 12, point 4). So once the page has loaded, at the
 * first idle moment, a short sample is parsed, and the reviewer's first open finds it warm.
 */
function warmUpWhenIdle(): void {
  if (typeof window === 'undefined' || typeof window.requestIdleCallback !== 'function') {
    return; // jsdom and Node: nothing to warm
  }
  const warm = () =>
    window.requestIdleCallback(() => prepareMarkdown(WARM_UP_SAMPLE), { timeout: 2_000 });
  if (document.readyState === 'complete') {
    warm();
  } else {
    window.addEventListener('load', warm, { once: true });
  }
}
warmUpWhenIdle();

/**
 * Renders untrusted markdown safely. Parsing and rendering are memoised on `source` (and
 * `headingBase`): a parent re-render, or a new `onLinkOpened`, neither re-parses the text nor
 * re-renders its links.
 */
export const SafeMarkdown = memo(function SafeMarkdown({
  source,
  className,
  headingBase = 3,
  onLinkOpened,
}: SafeMarkdownProps) {
  // Links read the latest listener through one stable function, so a caller passing a new
  // arrow function each render does not re-render every link of a long draft.
  const listener = useRef(onLinkOpened);
  useLayoutEffect(() => {
    listener.current = onLinkOpened;
  });
  const notifyLinkOpened = useCallback<LinkOpenedListener>(
    (url, result) => listener.current?.(url, result),
    [],
  );
  const long = isLongText(source);
  // Returning the same element lets React skip the Markdown subtree entirely.
  const rendered = useMemo(
    () =>
      long ? null : renderedMarkdown(source, markdownOptions(headingBase), String(headingBase)),
    [source, headingBase, long],
  );
  if (long) {
    // A megabyte of markdown took seconds to parse and lay out (issue 12, point 4): plain text
    // in parts, laid out as the reader scrolls, under a note that says so.
    return (
      <LongTextView text={source} className={className ? `markdown ${className}` : 'markdown'} />
    );
  }
  return (
    <LinkOpenedContext value={notifyLinkOpened}>
      <div className={className ? `markdown ${className}` : 'markdown'}>{rendered}</div>
    </LinkOpenedContext>
  );
});
