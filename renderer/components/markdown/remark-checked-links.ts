/**
 * Prepares links and images for the checked rendering in `markdown-link.tsx`: reference-style
 * links are resolved here so every link is one `link` node whose original target travels with
 * it, and images become placeholders before they can be an `<img>` (drafts never load images).
 */
import { forEachNode, rewriteTree, stringField, type TreeNode } from './markdown-tree';

/** Element property carrying a link's or image's target as written (shown when blocked). */
export const ORIGINAL_URL_PROPERTY = 'dataUrl';
/** Element property naming what a Loupe-made `<span>` stands for. */
export const PLACEHOLDER_PROPERTY = 'dataLoupe';
/** Element property carrying an image's alt text. */
export const ALT_PROPERTY = 'dataAlt';

/** Definitions by identifier; CommonMark lets the first definition of a label win. */
function collectDefinitions(tree: TreeNode): Map<string, TreeNode> {
  const definitions = new Map<string, TreeNode>();
  forEachNode(tree, (node) => {
    const id = stringField(node.identifier).toUpperCase();
    if (node.type === 'definition' && !definitions.has(id)) {
      definitions.set(id, node);
    }
  });
  return definitions;
}

/** A `link`, with its target as written kept where the link component can show it. */
function checkedLink(url: string, children: TreeNode[] | undefined): TreeNode {
  // `data` is replaced, not merged: only Loupe decides what reaches the element's properties.
  return {
    type: 'link',
    url,
    title: null,
    children: children ?? [],
    data: { hProperties: { [ORIGINAL_URL_PROPERTY]: url } },
  };
}

/** An unknown node that mdast-util-to-hast turns into an empty `<span>` with these properties. */
function imagePlaceholder(url: string, alt: unknown): TreeNode {
  return {
    type: 'loupeImage',
    children: [],
    data: {
      hName: 'span',
      hProperties: {
        [PLACEHOLDER_PROPERTY]: 'image',
        [ORIGINAL_URL_PROPERTY]: url,
        [ALT_PROPERTY]: typeof alt === 'string' ? alt : '',
      },
    },
  };
}

/**
 * Remark plugin: resolves `[text][ref]` and `![alt][ref]` against their definitions, keeps each
 * link's written target beside it, and replaces every image with a placeholder. References with
 * no definition are left alone: they render as the bracketed text they are.
 */
export function remarkCheckedLinks() {
  return (tree: TreeNode) => {
    const definitions = collectDefinitions(tree);
    const targetOf = (node: TreeNode) =>
      definitions.get(stringField(node.identifier).toUpperCase())?.url;
    rewriteTree(tree, (node) => {
      switch (node.type) {
        case 'link':
          return checkedLink(stringField(node.url), node.children);
        case 'linkReference': {
          const url = targetOf(node);
          return url === undefined ? undefined : checkedLink(stringField(url), node.children);
        }
        case 'image':
          return imagePlaceholder(stringField(node.url), node.alt);
        case 'imageReference': {
          const url = targetOf(node);
          return url === undefined ? undefined : imagePlaceholder(stringField(url), node.alt);
        }
        default:
          return undefined;
      }
    });
  };
}
