/**
 * Where the search the reviewer came from occurs in what the review screen shows (issue 12,
 * point 12), as DOM ranges. The text of each searched region is read as the reader sees it
 * (markdown already rendered, invisible-character markers left out) and matched with the
 * queue's folding (shared/search/fold-search-text.ts), whose offsets map back to the text nodes.
 * So `1280` highlights `NT$1,280`, a Simplified search highlights Traditional text, and a match
 * may run across emphasis (`NT$**1,280**`).
 */
import { findMatches } from '../../../shared/search/fold-search-text';

/** The regions searched: the draft, and the prompt, messages and context of the source pane. */
export const SEARCHED_REGIONS = '.draft-markdown, .source-panel [data-source-id]';

/** Text that is Loupe's, not the draft's: the markers standing for invisible characters. */
const NOT_DRAFT_TEXT = '.invisible-char';

/** Elements that end a line or a block: a match may cross them as it crosses a line break. */
const BREAKS = new Set([
  'BR',
  'P',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'PRE',
  'TD',
  'TH',
  'DT',
  'DD',
  'BLOCKQUOTE',
  'DIV',
  'TR',
]);

interface Piece {
  /** Offset of the piece in the region's text. */
  start: number;
  /** The text node, or null for a break between blocks (a space in the region's text). */
  node: Text | null;
}

/** The region's visible text, and which text node each part of it came from. */
function readRegion(region: Element): { text: string; pieces: Piece[] } {
  const pieces: Piece[] = [];
  const parts: string[] = [];
  let length = 0;
  // Rejecting a marker skips its own text: the character it stands for is not in the page.
  const walker = region.ownerDocument.createTreeWalker(
    region,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
    (node) =>
      node instanceof Element && node.matches(NOT_DRAFT_TEXT)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  );
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node instanceof Element) {
      if (BREAKS.has(node.tagName) && length > 0) {
        pieces.push({ start: length, node: null });
        parts.push('\n');
        length += 1;
      }
      continue;
    }
    const value = (node as Text).data;
    if (value.length > 0) {
      pieces.push({ start: length, node: node as Text });
      parts.push(value);
      length += value.length;
    }
  }
  return { text: parts.join(''), pieces };
}

/** The piece holding region offset `at` (the last piece starting at or before it). */
function pieceAt(pieces: readonly Piece[], at: number): number {
  let low = 0;
  let high = pieces.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (pieces[middle]!.start <= at) {
      low = middle;
    } else {
      high = middle - 1;
    }
  }
  return low;
}

/** A DOM position for region offset `at`, moving off a break to the text after (or before) it. */
function position(pieces: readonly Piece[], at: number, towards: 1 | -1): [Text, number] | null {
  let index = pieceAt(pieces, at);
  let piece = pieces[index];
  let offset = piece === undefined ? 0 : at - piece.start;
  while (piece !== undefined && piece.node === null) {
    index += towards;
    piece = pieces[index];
    offset = towards === 1 ? 0 : (piece?.node?.data.length ?? 0);
  }
  return piece?.node ? [piece.node, offset] : null;
}

/** Ranges covering every match of `query` in the searched regions under `root`, in order. */
export function searchRanges(root: Element, query: string): Range[] {
  const ranges: Range[] = [];
  for (const region of root.querySelectorAll(SEARCHED_REGIONS)) {
    const { text, pieces } = readRegion(region);
    for (const match of findMatches(text, query)) {
      const start = position(pieces, match.start, 1);
      const end = position(pieces, match.end - 1, -1);
      if (start === null || end === null) {
        continue;
      }
      const range = region.ownerDocument.createRange();
      range.setStart(start[0], start[1]);
      range.setEnd(end[0], end[1] + 1);
      ranges.push(range);
    }
  }
  return ranges;
}
