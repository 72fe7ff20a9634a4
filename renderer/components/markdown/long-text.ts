/**
 * Long untrusted text (issue 12, point 4): a draft of 1 MB, or one line of hundreds of thousands
 * of characters, froze the window for many seconds. Parsing it as markdown is slow, but above all
 * the browser laid out the whole text at once (one paragraph of 1 MB is shaped and broken into
 * lines in one task), so every view of untrusted text shows a text above LONG_TEXT_CHARS as plain
 * text in parts of about CHUNK_CHARS characters, each part laid out only when it nears the screen.
 * The parts are cut at line ends where there are any, else after a space, else between two
 * characters (never inside a surrogate pair or before a combining mark), so joining them gives the
 * text back exactly and a cut inside a line reads as an ordinary wrap.
 */

/** Above this many UTF-16 code units a text is shown as plain text in parts, not as markdown. */
export const LONG_TEXT_CHARS = 50_000;

/** About how many code units one part holds: a screenful or two, laid out in a few milliseconds. */
export const CHUNK_CHARS = 4_000;

/** One part of a long text: `text.slice(start, end)`. */
export interface TextChunk {
  start: number;
  end: number;
}

/** Whether `text` is shown in parts as plain text rather than parsed as markdown. */
export function isLongText(text: string): boolean {
  return text.length > LONG_TEXT_CHARS;
}

const MARK = /^\p{M}/u;

/** Whether the code unit at `at` belongs to what is before it (a surrogate pair's second half, a combining mark, a joiner or a variation selector). */
function continuesCluster(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if ((code >= 0xdc00 && code <= 0xdfff) || code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f)) {
    return true;
  }
  return MARK.test(text.slice(at, at + 2));
}

/** Where to cut between `from` and `limit` (exclusive of `from`): after a newline, a space, or any safe place. */
function cutPoint(text: string, from: number, limit: number): number {
  const floor = from + Math.floor((limit - from) / 2);
  // Scanned by hand: lastIndexOf would search a line of a megabyte back to its start every time.
  for (let at = limit - 1; at >= floor; at -= 1) {
    if (text.charCodeAt(at) === 0x0a) {
      return at + 1;
    }
  }
  for (let at = limit - 1; at >= floor; at -= 1) {
    const code = text.charCodeAt(at);
    if (code === 0x20 || code === 0x09 || code === 0x3000) {
      return at + 1;
    }
  }
  let at = limit;
  while (at > from + 1 && continuesCluster(text, at)) {
    at -= 1;
  }
  return at;
}

/**
 * `text` cut into consecutive parts of at most `size` code units (a part may be shorter, never
 * longer, except one whose only safe cut would leave it empty); the parts cover the text exactly.
 */
export function splitIntoChunks(text: string, size: number = CHUNK_CHARS): TextChunk[] {
  const chunks: TextChunk[] = [];
  let start = 0;
  while (start < text.length) {
    const limit = start + size;
    const end = limit >= text.length ? text.length : cutPoint(text, start, limit);
    chunks.push({ start, end });
    start = end;
  }
  return chunks;
}

/** How many lines `text` has (line breaks + 1), without building an array of them. */
export function countLines(text: string): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    lines += 1;
  }
  return lines;
}

/** A wide character (CJK, Hangul, full-width forms) takes about two columns. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]/g;

/**
 * About how many lines of `columns` average characters `text.slice(start, end)` takes when
 * wrapped: the height a part keeps before it is laid out, so the scroll bar is about right from
 * the start. It runs over the whole of a long text when the text is opened, so the scanning is
 * left to the engine's own string search (indexOf, one pattern match per part): splitting a
 * megabyte into lines and matching each line, or a loop in script over every character, was
 * 15–30 ms of the task that opened it (issue 12, point 4). Wide characters are counted per part
 * and spread over its lines, which is close enough for a height that is replaced once laid out.
 */
export function estimateWrappedLines(
  text: string,
  columns: number,
  start = 0,
  end: number = text.length,
): number {
  // A part that ends a line ends in '\n', which starts no line of its own.
  const stop = end > start && text.charCodeAt(end - 1) === 0x0a ? end - 1 : end;
  const part = text.slice(start, stop);
  const wide = part.match(WIDE)?.length ?? 0;
  const stretch = part.length === 0 ? 1 : 1 + wide / part.length;
  let lines = 0;
  for (let from = 0; ;) {
    const found = part.indexOf('\n', from);
    const width = ((found < 0 ? part.length : found) - from) * stretch;
    lines += width > columns ? Math.ceil(width / columns) : 1;
    if (found < 0) {
      return lines;
    }
    from = found + 1;
  }
}
