/**
 * Splits decoded text, arriving in chunks, into lines ending in LF or CRLF. A CR at the end of one
 * chunk and the LF at the start of the next are still one line break, because the CR stays with
 * the unfinished line until its LF arrives. A lone CR is text, not a break.
 */
import type { TextStreamParser } from './types';

/**
 * Receives each line without its line break, with its 1-based line number and the reasons of the
 * invalid byte sequences it holds (see TextStreamParser.markInvalid).
 */
export type LineHandler = (line: string, lineNumber: number, invalid: readonly string[]) => void;

export function createLineSplitter(onLine: LineHandler): TextStreamParser {
  let pieces: string[] = [];
  let lineNumber = 1;
  let invalid: string[] = [];

  const emit = (line: string) => {
    const reasons = invalid;
    invalid = [];
    onLine(line.endsWith('\r') ? line.slice(0, -1) : line, lineNumber, reasons);
    lineNumber += 1;
  };

  return {
    push(text) {
      let start = 0;
      let newline = text.indexOf('\n', start);
      while (newline !== -1) {
        pieces.push(text.slice(start, newline));
        emit(pieces.join(''));
        pieces = [];
        start = newline + 1;
        newline = text.indexOf('\n', start);
      }
      if (start < text.length) {
        pieces.push(text.slice(start));
      }
    },
    markInvalid(reason) {
      invalid.push(reason);
    },
    end() {
      // The last line has no line break, so its text (a trailing lone CR included) is kept whole.
      const last = pieces.join('');
      pieces = [];
      if (last.length > 0 || invalid.length > 0) {
        const reasons = invalid;
        invalid = [];
        onLine(last, lineNumber, reasons);
      }
    },
  };
}
