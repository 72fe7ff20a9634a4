/**
 * A top-level JSON array of objects, streamed: the parser tracks only string, escape and nesting
 * state to cut out each top-level element's text, then parses that element alone, so the whole
 * file is never held (only the element being read). Row = 1-based element index.
 *
 * An element that is not valid JSON but is cut out cleanly (between commas) is a problem on its
 * row. A document that breaks off (cut in the middle of an element, or without its closing `]`),
 * goes on after its `]`, or does not start with `[` is a problem with the file as a whole, with
 * `breaksAt`: the line and column where it stops being valid (for a document that breaks off,
 * just after its last character that is not white space), on the row of the element being read
 * or next to be read. An element the break cuts off is not an element: only whole ones are read.
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

const LINE_FEED = 10;

const isJsonWhitespace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
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
  /** Reasons of the invalid byte sequences in the element being read. */
  let invalid: string[] = [];
  /** Where the next character is (1-based; columns count characters, not UTF-16 units). */
  let line = 1;
  let column = 1;
  /** Just after the last character read that is not white space outside a string. */
  let contentEndLine = 1;
  let contentEndColumn = 1;

  const problem = (reason: string) => onProblem({ row, field: null, reason });
  const breaks = (reason: string, atLine: number, atColumn: number) =>
    onProblem({ row, field: null, reason, breaksAt: { line: atLine, column: atColumn } });

  /** Moves past the character `code`, which is content unless it is white space. */
  const advance = (code: number, content: boolean) => {
    if (code === LINE_FEED) {
      line += 1;
      column = 1;
    } else if (!isLowSurrogate(code)) {
      column += 1;
    }
    if (content) {
      contentEndLine = line;
      contentEndColumn = column;
    }
  };

  const reportInvalid = () => {
    for (const reason of invalid) {
      problem(reason);
    }
    const had = invalid.length > 0;
    invalid = [];
    return had;
  };

  /** An empty element is fine only as the whole of `[]`; `[,` `,,` and `,]` are each missing one. */
  const finishElement = (text: string, endedByComma: boolean) => {
    pieces = [];
    const hadInvalid = reportInvalid();
    if (isBlank(text)) {
      if (!endedByComma && !afterComma) {
        return;
      }
      problem('invalid JSON');
    } else {
      const result = parseJsonObject(text);
      if (result.ok) {
        onRecord(result.value, row, hadInvalid);
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
      advance(code, inString || !isJsonWhitespace(code));
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
        advance(code, false);
        i += 1;
      } else if (state === 'before array' && code === OPEN_BRACKET) {
        advance(code, true);
        state = 'in array';
        i += 1;
      } else {
        reportInvalid();
        breaks(
          state === 'before array'
            ? 'not a JSON array (expected [ at the start)'
            : 'unexpected text after the array',
          line,
          column,
        );
        state = 'ignoring rest';
      }
    }
  };

  const end = () => {
    if (state === 'before array') {
      reportInvalid();
      breaks('not a JSON array (expected [ at the start)', contentEndLine, contentEndColumn);
    } else if (state === 'in array') {
      const partial = pieces.join('');
      pieces = [];
      // A whole last element before the missing ] is an element of the file; a cut one is not.
      const result = inString || depth > 0 || isBlank(partial) ? null : parseJsonObject(partial);
      if (result?.ok === true) {
        const hadInvalid = reportInvalid();
        onRecord(result.value, row, hadInvalid);
        row += 1;
      } else {
        reportInvalid();
      }
      const onlyBracketMissing = result?.ok === true || (isBlank(partial) && !afterComma);
      breaks(
        onlyBracketMissing ? 'missing ] at the end of the array' : 'the JSON breaks off',
        contentEndLine,
        contentEndColumn,
      );
    } else if (state === 'after array') {
      reportInvalid();
    }
    state = 'ignoring rest';
  };

  const markInvalid = (reason: string) => {
    if (state !== 'ignoring rest') {
      invalid.push(reason);
    }
  };

  return { push, markInvalid, end };
}
