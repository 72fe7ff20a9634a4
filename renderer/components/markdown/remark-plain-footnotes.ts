/**
 * Shows GFM footnotes as the text the model wrote (`[^1]`, `[^1]: …`). remark-gfm's footnote
 * output brings an `<h2>`, a `<section>` and `id`s derived from the draft's labels: the `<h2>`
 * breaks the page's heading order, and several drafts on one screen would repeat the same ids.
 */
import { rewriteTree, stringField, type TreeNode } from './markdown-tree';

function labelOf(node: TreeNode): string {
  return stringField(node.label) || stringField(node.identifier);
}

/** Remark plugin: footnote references become text; definitions become their own paragraphs. */
export function remarkPlainFootnotes() {
  return (tree: TreeNode) => {
    rewriteTree(tree, (node) => {
      if (node.type === 'footnoteReference') {
        return { type: 'text', value: `[^${labelOf(node)}]` };
      }
      if (node.type !== 'footnoteDefinition') {
        return undefined;
      }
      const marker: TreeNode = { type: 'text', value: `[^${labelOf(node)}]: ` };
      const [first, ...rest] = node.children ?? [];
      if (first?.type === 'paragraph') {
        return [{ ...first, children: [marker, ...(first.children ?? [])] }, ...rest];
      }
      return [{ type: 'paragraph', children: [marker] }, ...(first ? [first] : []), ...rest];
    });
  };
}
