/**
 * Keeps a draft's headings below the page's own (DESIGN.md, Language and access: "axe-core finds
 * no violations on the main screens"). A draft's `#` is not the page's `<h1>`.
 */
import { forEachNode, type TreeNode } from './markdown-tree';

/** The highest level a draft heading may take; the page owns `<h1>` and the screen titles. */
export type HeadingBase = 2 | 3 | 4 | 5 | 6;

export interface DemoteHeadingsOptions {
  /** The level the draft's top heading becomes. */
  base: HeadingBase;
}

/**
 * Remark plugin: maps the heading depths a draft uses, in order, onto consecutive levels from
 * `base` (clamped at 6). Ranking rather than adding an offset means a draft that starts at `###`
 * or jumps from `#` to `###` still yields h3, h4 — no skipped levels for axe's `heading-order`.
 */
export function remarkDemoteHeadings({ base }: DemoteHeadingsOptions) {
  return (tree: TreeNode) => {
    const headings: TreeNode[] = [];
    forEachNode(tree, (node) => {
      if (node.type === 'heading') {
        headings.push(node);
      }
    });
    const depths = [...new Set(headings.map((node) => Number(node.depth)))].sort((a, b) => a - b);
    for (const heading of headings) {
      heading.depth = Math.min(6, base + depths.indexOf(Number(heading.depth)));
    }
  };
}

/** The heading elements a draft can produce with `base`, for react-markdown's allow-list. */
export function headingTags(base: HeadingBase): string[] {
  return [2, 3, 4, 5, 6].filter((level) => level >= base).map((level) => `h${level}`);
}
