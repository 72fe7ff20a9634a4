/**
 * Helpers for the import flow's tests: files as the bridge hands them out (a `stream()` per read,
 * over fixed bytes, recording how far it was read and whether it was cancelled), a bridge whose
 * file and save dialogs the test answers, and a clean environment with the import stores reset.
 *
 * jsdom has `ReadableStream` but not `Blob.stream()`, so picked files are built here rather than
 * from a `File`.
 */
import { vi } from 'vitest';
import type { Bridge, PickedFile, SaveFileOptions } from '../../../../renderer/platform/bridge';
import { setBridge } from '../../../../renderer/platform/current-bridge';
import { useImportStore } from '../../../../renderer/stores/import/import-store';
import { useUnfinishedImportsStore } from '../../../../renderer/stores/import/unfinished-imports-store';
import { useProjectsStore } from '../../../../renderer/stores/projects/projects-store';
import { resetAppEnvironment } from '../../support/app-env';

const encoder = new TextEncoder();

/** UTF-8 bytes of `text`. */
export const utf8 = (text: string): Uint8Array => Uint8Array.from(encoder.encode(text));

/** A JSON Lines file of the given rows, one per line, ending in a line break. */
export const jsonlBytes = (rows: readonly unknown[]): Uint8Array =>
  utf8(rows.map((row) => JSON.stringify(row)).join('\n') + '\n');

/** What a test can see of one stream over a file. */
export interface StreamRecord {
  /** Bytes handed to the reader so far. */
  bytesPulled: number;
  /** Called when the reader cancels the stream (its source would close the file). */
  cancel: ReturnType<typeof vi.fn<(reason: unknown) => void>>;
}

/**
 * A stream over `bytes` in chunks of `chunkBytes`, pulled only when read (high-water mark 0, so
 * nothing is read ahead), recording what was read and whether it was cancelled.
 */
export function byteStream(
  bytes: Uint8Array,
  chunkBytes = Math.max(1, bytes.length),
): { stream: ReadableStream<Uint8Array>; record: StreamRecord } {
  const record: StreamRecord = { bytesPulled: 0, cancel: vi.fn<(reason: unknown) => void>() };
  let at = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (at >= bytes.length) {
          controller.close();
          return;
        }
        const chunk = bytes.slice(at, at + chunkBytes);
        at += chunk.length;
        record.bytesPulled += chunk.length;
        controller.enqueue(chunk);
      },
      cancel(reason) {
        record.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, record };
}

export interface TestFile extends PickedFile {
  /** One record per `stream()` call, in order. */
  readonly streams: StreamRecord[];
}

/** A picked file over `bytes`: every `stream()` reads it from the start, as both bridges do. */
export function pickedFile(name: string, bytes: Uint8Array, chunkBytes?: number): TestFile {
  const streams: StreamRecord[] = [];
  return {
    name,
    size: bytes.length,
    streams,
    stream() {
      const { stream, record } = byteStream(bytes, chunkBytes);
      streams.push(record);
      return stream;
    },
  };
}

export interface FakeBridge extends Bridge {
  /** Files the next file dialog returns (empty: the reviewer cancelled it). */
  nextPick: PickedFile[];
  /** Every save: its options and the text written. */
  readonly saved: { options: SaveFileOptions; text: string }[];
  openFiles: ReturnType<typeof vi.fn<Bridge['openFiles']>>;
  saveFile: ReturnType<typeof vi.fn<Bridge['saveFile']>>;
}

const NOT_CONNECTED = {
  ok: false as const,
  failure: { kind: 'not-connected' as const, message: 'No team hub is connected.' },
};

/** Installs a bridge whose dialogs the test answers (see FakeBridge); returns it. */
export function installFakeBridge(): FakeBridge {
  const saved: FakeBridge['saved'] = [];
  const bridge: FakeBridge = {
    runtime: 'browser',
    nextPick: [],
    saved,
    getAppInfo: vi.fn(() =>
      Promise.resolve({
        name: 'Loupe',
        version: '0.0.0-test',
        platform: 'linux',
        locale: 'en',
        runtime: 'browser' as const,
        versions: {},
      }),
    ),
    setLanguage: vi.fn(() => Promise.resolve()),
    openFiles: vi.fn<Bridge['openFiles']>(() => Promise.resolve(bridge.nextPick)),
    printPage: vi.fn<Bridge['printPage']>(() => Promise.resolve({ saved: false })),
    saveFile: vi.fn<Bridge['saveFile']>(async (options, chunks) => {
      const decoder = new TextDecoder();
      let text = '';
      for await (const chunk of chunks) {
        text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
      }
      saved.push({ options, text });
      return { saved: true, name: options.suggestedName, bytesWritten: text.length };
    }),
    pickExportFolder: vi.fn(() => Promise.resolve(undefined)),
    openExternal: vi.fn(() => Promise.resolve({ opened: true as const })),
    // Imports never reach the hub: a machine with none connected.
    hub: {
      connect: () => Promise.resolve(NOT_CONNECTED),
      disconnect: () => Promise.resolve(),
      connection: () => Promise.resolve({ url: null, storage: 'plaintext' as const }),
      call: () => Promise.resolve(NOT_CONNECTED),
      followPokes: () => () => undefined,
    },
    onMenuCommand: vi.fn(() => () => undefined),
  };
  setBridge(bridge);
  return bridge;
}

/** A fresh database and stores (the import ones included), and a fake bridge. */
export async function resetImportEnvironment(): Promise<FakeBridge> {
  useImportStore.getState().reset();
  useUnfinishedImportsStore.getState().reset();
  await resetAppEnvironment();
  return installFakeBridge();
}

/**
 * A support team's export of five rows: two valid, one without a draft (row 2), one repeating
 * row 1's id (row 3), one broken line (row 4). Its names are ones the suggestion knows, and row 5
 * alone has a `final` field.
 */
const SUPPORT_TEXT = [
  JSON.stringify({
    id: 'a1',
    question: '退款多久？',
    reply: '五個工作天內退回。',
    meta: { llm: 'gpt-x' },
  }),
  JSON.stringify({ id: 'a2', question: 'Q2', reply: '' }),
  JSON.stringify({ id: 'a1', question: 'Q3', reply: 'again' }),
  '{"id":"a4","reply":',
  JSON.stringify({ id: 'a5', question: 'Q5', reply: 'R5', final: 'F5', meta: { llm: 'gpt-x' } }),
].join('\n');

export const supportFile = () => pickedFile('support-drafts.jsonl', utf8(SUPPORT_TEXT));

/** The mapping suggested for supportFile() from its field names. */
export const SUGGESTED = { id: 'id', draft: 'reply', prompt: 'question', model: 'meta.llm' };

/** Creates a project through the projects store; returns its id. */
export async function createProject(name: string): Promise<string> {
  const created = await useProjectsStore.getState().createProject(name);
  if (!created.ok) {
    throw new Error(created.problem);
  }
  return created.id;
}
