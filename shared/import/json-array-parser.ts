/**
 * A top-level JSON array of objects, streamed: the parser tracks only string, escape and nesting
 * state to cut out each top-level element's text, then parses that element alone, so the whole
 * file is never held (only the element being read). Row = 1-based element index. Problems on the
 * array itself (no `[` at the start, no `]` at the end, text after the `]`) are reported on the
 * row of the element being read or next to be read.
 */
import { parseJsonObject } from './parse-json-object';
import type { JsonRecordHandler } from './jsonl-parser';
import type { ProblemHandler, TextStreamParser } from './types';

type State = 'before array' | 'in array' | 'after array' | 'ignoring rest';

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

const isJsonWhitespace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;
const isBlank = (text: string) => /^[ \t\n\r]*$/.test(text);

export function createJsonArrayParser(
  onRecord: JsonRecordHandler,
  onProblem: ProblemHandler,
): TextStreamParser {
  let state: State = 'before array';
  /** 1-based index of the element being read (or next to be read). */
  let row = 1;
  let pieces: string[] = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  /** Whether a comma came before the current element, so an empty one is a missing element. */
  let afterComma = false;

  const problem = (reason: string) => onProblem({ row, field: null, reason });

  /** An empty element is fine only as the whole of `[]`; `[,` `,,` and `,]` are each missing one. */
  const finishElement = (text: string, endedByComma: boolean) => {
    pieces = [];
    if (isBlank(text)) {
      if (!endedByComma && !afterComma) {
        return;
      }
      problem('invalid JSON');
    } else {
      const result = parseJsonObject(text);
      if (result.ok) {
        onRecord(result.value, row);
      } else {
        problem(result.reason);
      }
    }
    row += 1;
  };

  /** Reads element text from `start`; returns where reading stopped. */
  const readElements = (text: string, start: number): number => {
    let from = start;
    for (let i = start; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (code === BACKSLASH) {
          escaped = true;
        } else if (code === QUOTE) {
          inString = false;
        }
      } else if (code === QUOTE) {
        inString = true;
      } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
        depth += 1;
      } else if ((code === CLOSE_BRACE || code === CLOSE_BRACKET) && depth > 0) {
        depth -= 1;
      } else if (code === COMMA && depth === 0) {
        finishElement(pieces.join('') + text.slice(from, i), true);
        afterComma = true;
        from = i + 1;
      } else if (code === CLOSE_BRACKET && depth === 0) {
        finishElement(pieces.join('') + text.slice(from, i), false);
        state = 'after array';
        return i + 1;
      }
    }
    if (from < text.length) {
      pieces.push(text.slice(from));
    }
    return text.length;
  };

  const push = (text: string) => {
    let i = 0;
    while (i < text.length) {
      if (state === 'ignoring rest') {
        return;
      }
      if (state === 'in array') {
        i = readElements(text, i);
        continue;
      }
      const code = text.charCodeAt(i);
      if (isJsonWhitespace(code)) {
        i += 1;
      } else if (state === 'before array' && code === OPEN_BRACKET) {
        state = 'in array';
        i += 1;
      } else {
        problem(
          state === 'before array'
            ? 'not a JSON array (expected [ at the start)'
            : 'unexpected text after the array',
        );
        state = 'ignoring rest';
      }
    }
  };

  const end = () => {
    if (state === 'before array') {
      problem('not a JSON array (expected [ at the start)');
    } else if (state === 'in array') {
      const partial = pieces.join('');
      pieces = [];
      if (!isBlank(partial)) {
        if (inString || depth > 0) {
          problem('invalid JSON');
        } else {
          const result = parseJsonObject(partial);
          if (result.ok) {
            onRecord(result.value, row);
          } else {
            problem(result.reason);
          }
        }
      }
      problem('missing ] at the end of the array');
    }
    state = 'ignoring rest';
  };

  return { push, end };
}
