/**
 * Problem reasons in the reviewer's language. The parsers in shared/ write them in English (the
 * saved CSV report keeps that, for tools and tickets); the screen translates the known ones,
 * including those with numbers in them, and shows any other reason as written.
 */
import type { TFunction } from 'i18next';

const FIXED: Readonly<Record<string, string>> = {
  'invalid JSON': 'invalidJson',
  'not an object': 'notObject',
  'missing draft': 'missingDraft',
  missing: 'missing',
  'draft must be text': 'draftNotText',
  'prompt must be text or a list of messages': 'promptShape',
  'context must be text, or objects with a text field': 'contextShape',
  'model must be text': 'modelNotText',
  'priority must be a whole number': 'priorityNotWhole',
  'id must be text or a number': 'idShape',
  'value too long': 'tooLong',
  'empty value': 'empty',
  'duplicate column name': 'duplicateColumn',
  'unterminated quoted field': 'unterminatedQuote',
  'unexpected text after a closing quote': 'textAfterQuote',
  'draft is blank': 'draftBlank',
  'not a JSON array (expected [ at the start)': 'notJsonArray',
  'unexpected text after the array': 'textAfterArray',
  'missing ] at the end of the array': 'missingBracket',
  'the JSON breaks off': 'jsonBreaksOff',
  'not a date and time (ISO 8601 with a time zone)': 'notDateTime',
  'unknown encoding': 'unknownEncoding',
  'unknown encoding (NUL bytes: binary, or UTF-16 without BOM)': 'unknownEncodingNul',
  'rows end in a lone CR': 'loneCr',
  'spans must be a list of {start, end, label}': 'spansShape',
};

const PATTERNS: readonly { pattern: RegExp; key: string; names: readonly string[] }[] = [
  {
    pattern: /^expected (\d+) fields, found (\d+)$/,
    key: 'fieldCount',
    names: ['expected', 'found'],
  },
  {
    pattern: /^duplicate id in the file \(first on row (\d+)\)$/,
    key: 'duplicateId',
    names: ['row'],
  },
  {
    pattern: /^invalid (\S+) byte sequence at byte (\d+)$/,
    key: 'invalidBytesAt',
    names: ['encoding', 'byte'],
  },
  { pattern: /^invalid (\S+) byte sequence$/, key: 'invalidBytes', names: ['encoding'] },
  { pattern: /^span (\d+): not \{start, end, label\}$/, key: 'spanShape', names: ['n'] },
  { pattern: /^span (\d+): offsets out of range$/, key: 'spanOutOfRange', names: ['n'] },
  { pattern: /^span (\d+): offsets inside a character$/, key: 'spanInsideCharacter', names: ['n'] },
  {
    pattern: /^span (\d+): the text at its offsets is not the text it quotes$/,
    key: 'spanQuoteMismatch',
    names: ['n'],
  },
  {
    pattern: /^not valid JSON: it breaks at line (\d+), column (\d+)$/,
    key: 'notValidJsonAt',
    names: ['line', 'column'],
  },
];

export function problemReason(t: TFunction, reason: string): string {
  const fixed = FIXED[reason];
  if (fixed !== undefined) {
    return t(`import.reasons.${fixed}` as never);
  }
  for (const { pattern, key, names } of PATTERNS) {
    const match = pattern.exec(reason);
    if (match !== null) {
      const values = Object.fromEntries(names.map((name, index) => [name, match[index + 1]]));
      return t(`import.reasons.${key}` as never, values);
    }
  }
  return reason;
}
