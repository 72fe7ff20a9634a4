/**
 * The elements a draft may produce, and how each is drawn. Every component builds a fresh
 * element from `children` plus attributes Loupe chooses, never spreading the props it was given,
 * so nothing from the draft (a class, a style, an `on…` handler) can reach the DOM as an
 * attribute (CONVENTIONS.md §10).
 */
import { createElement, type JSX, type ReactNode } from 'react';
import type { Components, ExtraProps } from 'react-markdown';
import { useTranslation } from 'react-i18next';
import { MarkdownLink, MarkdownSpan } from './markdown-link';
import { headingTags, type HeadingBase } from './remark-demote-headings';

type Props<Tag extends keyof JSX.IntrinsicElements> = JSX.IntrinsicElements[Tag] & ExtraProps;

/** Elements drawn as themselves, with only their children. */
const PLAIN_TAGS = [
  'p',
  'br',
  'hr',
  'em',
  'strong',
  'del',
  'blockquote',
  'ul',
  'thead',
  'tbody',
  'tr',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
] as const;

/** Elements drawn by the components below. */
const OWN_TAGS = ['a', 'span', 'code', 'pre', 'ol', 'li', 'input', 'table', 'th', 'td'];

/**
 * Every element a draft can produce with `headingBase`; react-markdown removes anything else
 * (keeping its text). `img`, `script`, `h1`… are not here, whatever the plugins let through.
 */
export function allowedElements(headingBase: HeadingBase): string[] {
  const body = PLAIN_TAGS.filter((tag) => !/^h\d$/.test(tag));
  return [...body, ...OWN_TAGS, ...headingTags(headingBase)];
}

function plain(tag: (typeof PLAIN_TAGS)[number]) {
  function Plain({ children }: { children?: ReactNode }) {
    return createElement(tag, null, children);
  }
  Plain.displayName = `Markdown(${tag})`;
  return Plain;
}

/** GFM's column alignment as a class: the `style` it would otherwise set is not ours to pass. */
function alignClass(node: ExtraProps['node']): string | undefined {
  const align = node?.properties.align;
  return align === 'left' || align === 'center' || align === 'right'
    ? `markdown-align-${align}`
    : undefined;
}

/** Code blocks keep every character and scroll sideways; focusable so the keyboard can scroll. */
function MarkdownPre({ children }: Props<'pre'>) {
  return (
    <pre className="markdown-code-block" tabIndex={0}>
      {children}
    </pre>
  );
}

/** Inline code and the inside of code blocks; the draft's `language-…` class is not kept. */
function MarkdownCode({ children }: Props<'code'>) {
  return <code>{children}</code>;
}

/** Tables scroll sideways inside their own box rather than widening the draft's column. */
function MarkdownTable({ children }: Props<'table'>) {
  return (
    <div className="markdown-table-scroll" tabIndex={0}>
      <table>{children}</table>
    </div>
  );
}

function MarkdownTh({ children, node }: Props<'th'>) {
  return <th className={alignClass(node)}>{children}</th>;
}

function MarkdownTd({ children, node }: Props<'td'>) {
  return <td className={alignClass(node)}>{children}</td>;
}

/** Ordered lists keep the number the draft starts from (`3. …`). */
function MarkdownOl({ children, node }: Props<'ol'>) {
  const start = node?.properties.start;
  return <ol start={typeof start === 'number' ? start : undefined}>{children}</ol>;
}

/** remark-gfm marks task items with this class (it is not the draft's). */
function MarkdownLi({ children, node }: Props<'li'>) {
  const className = node?.properties.className;
  const isTask = Array.isArray(className) && className.includes('task-list-item');
  return <li className={isTask ? 'markdown-task-item' : undefined}>{children}</li>;
}

/**
 * A task list's box, drawn as a named symbol: a disabled checkbox with no label of its own would
 * be an unlabelled form control to axe, and the draft is not a form.
 */
function MarkdownTaskBox({ checked }: Props<'input'>) {
  const { t } = useTranslation();
  return (
    <span
      className="markdown-task-box"
      role="img"
      aria-label={checked ? t('markdown.taskDone') : t('markdown.taskOpen')}
    >
      {checked ? '☑' : '☐'}
    </span>
  );
}

/** The components map for react-markdown; a constant, so memoised renders stay memoised. */
export const MARKDOWN_COMPONENTS: Components = {
  ...Object.fromEntries(PLAIN_TAGS.map((tag) => [tag, plain(tag)])),
  a: MarkdownLink,
  span: MarkdownSpan,
  pre: MarkdownPre,
  code: MarkdownCode,
  table: MarkdownTable,
  th: MarkdownTh,
  td: MarkdownTd,
  ol: MarkdownOl,
  li: MarkdownLi,
  input: MarkdownTaskBox,
};
