/** Feeds records through a writer the way an export does, and collects what it gives back. */
import type { FormatWriter } from '../../../../../shared/export/export-writer';
import type { ExclusionReason, LoupeRecord } from '../../../../../shared/export/loupe-record';

export interface WriterOutput {
  bytes: Uint8Array;
  excluded: Map<string, ExclusionReason>;
}

export function runWriter(writer: FormatWriter, records: readonly LoupeRecord[]): WriterOutput {
  const chunks: Uint8Array[] = [];
  const excluded = new Map<string, ExclusionReason>();
  for (const record of records) {
    const result = writer.write(record);
    if ('excluded' in result) {
      excluded.set(record.id, result.excluded);
    } else {
      chunks.push(...result.chunks);
    }
  }
  chunks.push(...writer.finish());
  const bytes = new Uint8Array(chunks.reduce((n, chunk) => n + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { bytes, excluded };
}

/** The JSON Lines file's objects; fails on a BOM, CR line ends or a missing final newline. */
export function parseJsonLines(bytes: Uint8Array): unknown[] {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    throw new Error('JSON Lines file starts with a BOM');
  }
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  if (text === '') {
    return [];
  }
  if (!text.endsWith('\n') || text.includes('\r\n')) {
    throw new Error('JSON Lines lines must end in \\n');
  }
  return text
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as unknown);
}
