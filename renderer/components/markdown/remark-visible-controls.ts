/**
 * Makes bidirectional controls and zero-width characters in a draft visible and inert (issue 12,
 * point 3): each one becomes a marker `<span>` that names it, and the character itself never
 * reaches the page, so an RLO cannot make `NT$1,280` read as `NT$0821`. The text around a marker
 * is put in its own isolated span, so what is left of a reordering trick reads in stored order.
 * Runs last: it rewrites the text every other plugin produced (literal HTML, link text…).
 */
import { splitInvisible } from './invisible-characters';
import { rewriteTree, type TreeNode } from './markdown-tree';
import { PLACEHOLDER_PROPERTY } from './remark-checked-links';

/** Element property carrying a marker's code point (`U+202E`), never the character. */
export const CODE_POINT_PROPERTY = 'dataCodePoint';
/** `PLACEHOLDER_PROPERTY` of a marker. */
export const INVISIBLE_PLACEHOLDER = 'invisible';
/** `PLACEHOLDER_PROPERTY` of the isolated text around a marker. */
export const RUN_PLACEHOLDER = 'run';

/** A node mdast-util-to-hast turns into a `<span>` with Loupe's properties and these children. */
function loupeSpan(placeholder: string, children: TreeNode[], extra = {}): TreeNode {
  return {
    type: 'loupeVisibleControl',
    children,
    data: { hName: 'span', hProperties: { [PLACEHOLDER_PROPERTY]: placeholder, ...extra } },
  };
}

/**
 * Text as a node: `text` in prose; in code, a node of unknown type with a `value`, which
 * mdast-util-to-hast keeps verbatim (its `text` handler trims spaces at line breaks, and code
 * keeps its indentation).
 */
type TextFactory = (value: string) => TreeNode;
const proseText: TextFactory = (value) => ({ type: 'text', value });
const codeText: TextFactory = (value) => ({ type: 'loupeCodeText', value });

/** `value` as isolated text runs and markers, or undefined when it has nothing to mark. */
function visibleNodes(value: string, text: TextFactory): TreeNode[] | undefined {
  const runs = splitInvisible(value);
  if (!runs.some((run) => run.kind === 'invisible')) {
    return undefined;
  }
  return runs.map((run) =>
    run.kind === 'text'
      ? loupeSpan(RUN_PLACEHOLDER, [text(run.text)])
      : loupeSpan(INVISIBLE_PLACEHOLDER, [], {
          [CODE_POINT_PROPERTY]: run.character.codePoint,
        }),
  );
}

/** Inline code, drawn as `<code>` like mdast-util-to-hast does (line endings become spaces). */
function inlineCode(value: string): TreeNode | undefined {
  const children = visibleNodes(value.replace(/\r?\n|\r/g, ' '), codeText);
  return children && { type: 'loupeInlineCode', children, data: { hName: 'code' } };
}

/** A code block, drawn as `<pre><code>` like mdast-util-to-hast does (with its final newline). */
function codeBlock(value: string): TreeNode | undefined {
  const children = visibleNodes(value ? `${value}\n` : '', codeText);
  return (
    children && {
      type: 'loupeCodeBlock',
      children: [{ type: 'loupeCode', children, data: { hName: 'code' } }],
      data: { hName: 'pre' },
    }
  );
}

/** Remark plugin: marks every invisible character in text, inline code and code blocks. */
export function remarkVisibleControls() {
  return (tree: TreeNode) => {
    rewriteTree(tree, (node) => {
      const value = node.value ?? '';
      switch (node.type) {
        case 'text':
          return visibleNodes(value, proseText);
        case 'inlineCode':
          return inlineCode(value);
        case 'code':
          return codeBlock(value);
        default:
          return undefined;
      }
    });
  };
}
