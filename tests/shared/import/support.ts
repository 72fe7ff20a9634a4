/**
 * Helpers for the import parser tests: feed text or bytes in chunks of many sizes and collect
 * what the parser reported, in order, so different chunkings can be compared exactly.
 */
import fc from 'fast-check';
import {
  createChunkDecoder,
  detectEncoding,
  type ImportProblem,
  type ProblemHandler,
  type TextStreamParser,
} from '../../../shared/import';

/** Chunk sizes every fixed-input test runs with; the last one means "all at once". */
export const CHUNK_SIZES = [1, 2, 3, 7, 64, Number.POSITIVE_INFINITY];

export type ParserEvent =
  { record: Record<string, unknown>; row: number } | { problem: ImportProblem };

type RecordParserFactory = (
  onRecord: (record: Record<string, unknown>, row: number) => void,
  onProblem: ProblemHandler,
) => TextStreamParser;

export function chunksOf<T extends string | Uint8Array>(input: T, size: number): T[] {
  if (input.length <= size) {
    return [input];
  }
  const chunks: T[] = [];
  for (let at = 0; at < input.length; at += size) {
    chunks.push(input.slice(at, at + size) as T);
  }
  return chunks;
}

/** Cuts text at the given positions (any order, repeats and out-of-range allowed). */
export function cutAt(text: string, positions: readonly number[]): string[] {
  const cuts = [...new Set(positions.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    chunks.push(text.slice(from, cut));
    from = cut;
  }
  chunks.push(text.slice(from));
  return chunks;
}

export const cutPositions = fc.array(fc.nat(), { maxLength: 12 });

export function runParser(create: RecordParserFactory, chunks: readonly string[]): ParserEvent[] {
  const events: ParserEvent[] = [];
  const parser = create(
    (record, row) => events.push({ record, row }),
    (problem) => events.push({ problem }),
  );
  for (const chunk of chunks) {
    parser.push(chunk);
  }
  parser.end();
  return events;
}

/** Runs the parser over the text in every chunk size and checks they all agree; returns one. */
export function parseInEveryChunking(create: RecordParserFactory, text: string): ParserEvent[] {
  const whole = runParser(create, [text]);
  for (const size of CHUNK_SIZES) {
    const chunked = runParser(create, chunksOf(text, size));
    if (JSON.stringify(chunked) !== JSON.stringify(whole)) {
      throw new Error(`chunks of ${size} gave ${JSON.stringify(chunked)}`);
    }
  }
  return whole;
}

/** Detects and decodes bytes fed in chunks of `size`, as the importer will. */
export function decodeBytes(bytes: Uint8Array, size: number): string {
  const detected = detectEncoding(bytes.subarray(0, 4096));
  if (detected.encoding === null) {
    throw new Error(detected.reason);
  }
  const decoder = createChunkDecoder(detected.encoding, detected.bom);
  let text = '';
  for (const chunk of chunksOf(bytes, size)) {
    text += decoder.decode(chunk).text;
  }
  return text + decoder.end().text;
}
