/**
 * A long draft edited in parts (issue 12, point 4): one <textarea> holding 1 MB costs the browser
 * seconds of layout on open and on focus, so a text above LONG_TEXT_CHARS is cut into parts
 * (splitIntoChunks, cut at line ends, spaces or between characters, never inside a character) and
 * each part is edited on its own. Typing changes one part's string; the whole text is joined only
 * when asked (on a pause in typing, on save, on close), and joining again without an edit in
 * between returns the same string without copying a megabyte.
 */
import { splitIntoChunks } from '../../components/markdown/long-text';

export interface PartText {
  /** How many parts the text is cut into. */
  readonly count: number;
  /** The part's text as typed so far. */
  part: (index: number) => string;
  /** Records what part `index` now holds. */
  setPart: (index: number, value: string) => void;
  /** The whole text: the parts, in order, joined with nothing between. */
  join: () => string;
  /** Cuts `text` afresh (the reviewer discarded the edit). */
  reset: (text: string) => void;
}

function cut(text: string): string[] {
  const parts = splitIntoChunks(text).map((chunk) => text.slice(chunk.start, chunk.end));
  // An empty text still needs one part to type into.
  return parts.length === 0 ? [''] : parts;
}

/** `text` cut into editable parts; `join()` gives `text` back exactly until a part changes. */
export function createPartText(text: string): PartText {
  let parts = cut(text);
  let joined: string | null = text;
  return {
    get count() {
      return parts.length;
    },
    part: (index) => parts[index] ?? '',
    setPart(index, value) {
      if (index < 0 || index >= parts.length || parts[index] === value) {
        return;
      }
      parts[index] = value;
      joined = null;
    },
    join() {
      joined ??= parts.join('');
      return joined;
    },
    reset(next) {
      parts = cut(next);
      joined = next;
    },
  };
}
