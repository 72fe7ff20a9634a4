/**
 * The few tree helpers the markdown plugins and components share. The nodes are typed
 * structurally (what we read and write), so the same helpers walk mdast (remark) and hast
 * (element) trees without depending on the unist utilities react-markdown brings in transitively.
 */

/** The parts of an mdast or hast node that Loupe's plugins and components read or write. */
export interface TreeNode {
  type: string;
  value?: string;
  children?: TreeNode[];
  /** mdast-util-to-hast reads `hName`/`hProperties` here; only Loupe's plugins write it. */
  data?: unknown;
  // mdast fields the plugins read or write; unknown because they are not checked upstream.
  url?: unknown;
  alt?: unknown;
  title?: unknown;
  identifier?: unknown;
  label?: unknown;
  depth?: unknown;
  lang?: unknown;
  meta?: unknown;
}

/** Anything with text or children: an mdast node, or a hast element as components receive it. */
export interface TextNode {
  value?: unknown;
  children?: readonly TextNode[];
}

/** What a rewrite returns: the same node, a replacement, or several nodes in its place. */
export type Rewrite = (child: TreeNode, parent: TreeNode) => TreeNode | TreeNode[] | undefined;

/**
 * Replaces, top-down, every descendant of `node` with what `rewrite` returns for it (`undefined`
 * keeps it), then walks into the children of the result. A node put in place is not itself
 * rewritten again, so a rewrite may return a node of the type it matched.
 */
export function rewriteTree(node: TreeNode, rewrite: Rewrite): void {
  if (!node.children) {
    return;
  }
  node.children = node.children.flatMap((child) => {
    const result = rewrite(child, node) ?? child;
    const list = Array.isArray(result) ? result : [result];
    for (const item of list) {
      rewriteTree(item, rewrite);
    }
    return list;
  });
}

/** Calls `visit` on every descendant of `node`, depth first. */
export function forEachNode(node: TreeNode, visit: (child: TreeNode) => void): void {
  for (const child of node.children ?? []) {
    visit(child);
    forEachNode(child, visit);
  }
}

/** The text a node shows (its `value`, or its children's text joined), like `textContent`. */
export function textOf(node: TextNode | undefined): string {
  if (!node) {
    return '';
  }
  if (typeof node.value === 'string') {
    return node.value;
  }
  return (node.children ?? []).map(textOf).join('');
}

/** A node field that should be a string (`url`, `identifier`…), or `''` when it is not. */
export function stringField(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
