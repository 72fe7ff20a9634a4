/**
 * Shows raw HTML in a draft as the literal text the model wrote (DESIGN.md, Security: "no raw
 * HTML"). Dropping it (`skipHtml`) would hide a `<script>` or an `<!-- instruction -->` from the
 * reviewer, and parsing it (rehype-raw) would run it; a reviewer must see it and decide.
 */
import { rewriteTree, type TreeNode } from './markdown-tree';

/** Containers whose children are blocks; HTML there was written as a block of its own. */
const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/**
 * Remark plugin: every `html` node becomes text. A block of HTML becomes a code block (kept
 * verbatim, line breaks and all, and visibly "code" rather than prose); HTML inside a sentence
 * becomes plain text in that sentence.
 */
export function remarkLiteralHtml() {
  return (tree: TreeNode) => {
    rewriteTree(tree, (node, parent) => {
      if (node.type !== 'html') {
        return undefined;
      }
      const value = node.value ?? '';
      return FLOW_PARENTS.has(parent.type)
        ? { type: 'code', lang: null, meta: null, value }
        : { type: 'text', value };
    });
  };
}
