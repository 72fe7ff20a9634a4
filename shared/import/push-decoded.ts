/**
 * Hands decoded text to a parser, telling it where each invalid byte sequence stands, so the row
 * that holds it is reported (with the sequence's byte offset) instead of imported.
 */
import { invalidSequenceReason, type DecodedText } from './chunk-decoder';
import type { TextEncodingName } from './encoding-name';
import type { TextStreamParser } from './types';

export function pushDecoded(
  parser: TextStreamParser,
  encoding: TextEncodingName,
  { text, invalid }: DecodedText,
): void {
  let from = 0;
  for (const sequence of invalid) {
    parser.push(text.slice(from, sequence.index));
    parser.markInvalid(invalidSequenceReason(encoding, sequence.byteOffset));
    from = sequence.index;
  }
  parser.push(from === 0 ? text : text.slice(from));
}
