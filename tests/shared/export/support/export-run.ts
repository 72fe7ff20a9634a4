/** Runs an export into memory for the orchestrator tests: file name → its bytes. */
import type { RunExportOptions } from '../../../../shared/export/run-export';
import { runExport } from '../../../../shared/export/run-export';
import type { ExportManifest } from '../../../../shared/export/manifest';
import type { TestWriterOptions } from './jsonl-test-writer';
import { jsonlTestWriter } from './jsonl-test-writer';

export interface InMemoryExport {
  manifest: ExportManifest;
  files: Map<string, Uint8Array>;
  /** Parsed JSON lines of each file. */
  lines: (name: string) => Record<string, unknown>[];
  sinkCalls: { name: string; bytes: number }[];
}

export async function exportToMemory(
  options: Omit<RunExportOptions, 'createWriter' | 'sink' | 'appVersion' | 'source'> &
    Partial<Pick<RunExportOptions, 'appVersion' | 'source'>> & { writer?: TestWriterOptions },
): Promise<InMemoryExport> {
  const chunks = new Map<string, Uint8Array[]>();
  const sinkCalls: { name: string; bytes: number }[] = [];
  const manifest = await runExport({
    appVersion: '0.1.0',
    source: { kind: 'local', snapshot: 'test' },
    ...options,
    createWriter: () => jsonlTestWriter(options.writer),
    sink: async (name, chunk) => {
      sinkCalls.push({ name, bytes: chunk.byteLength });
      chunks.set(name, [...(chunks.get(name) ?? []), chunk]);
      await Promise.resolve();
    },
  });
  const files = new Map([...chunks].map(([name, parts]) => [name, Buffer.concat(parts)]));
  const lines = (name: string) =>
    new TextDecoder()
      .decode(files.get(name) ?? new Uint8Array())
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { manifest, files, lines, sinkCalls };
}
