/**
 * An in-memory stand-in for `window.loupe` (the preload) with the main process's behaviour
 * reduced to bookkeeping: it validates each request against the IPC contract, as main does, and
 * records what reached it so tests can assert on the traffic.
 */
import { vi } from 'vitest';
import {
  hubConnectRequestSchema,
  hubFollowPokesRequestSchema,
  readChunkRequestSchema,
  reopenFileRequestSchema,
  saveBeginRequestSchema,
  saveChunkRequestSchema,
  type EventPayload,
  type HubConnectResult,
  type MenuCommand,
  type OpenedFile,
} from '../../../shared/ipc/contract';
import type { LoupeApi } from '../../../shared/ipc/loupe-api';
import { hubCallSchema, type HubCall } from '../../../shared/sync/hub-calls';

/** Main reads files in chunks of this size, smaller than the contract maximum. */
export const FAKE_READ_CHUNK_BYTES = 64 * 1024;

export interface FakeLoupeApi extends LoupeApi {
  /** Files the next `openFiles` returns. */
  nextPick: { name: string; bytes: Uint8Array }[];
  /** Name the next save dialog returns, or null for cancel. */
  nextSaveName: string | null;
  readonly writtenChunks: Uint8Array[];
  readonly closedFiles: string[];
  /** Ids of the handles `reopenFile` handed out, in order. */
  readonly reopenedFiles: string[];
  readonly abortedSaves: string[];
  readonly endedSaves: string[];
  emitMenuCommand(command: MenuCommand): void;
  /** What the next `connectHub` answers (a refused token unless a test says otherwise). */
  nextHubConnect: HubConnectResult;
  /** Hub calls that reached "main", checked against the contract. */
  readonly hubCalls: HubCall[];
  /** Every `followHubPokes` request, in order. */
  readonly pokeFollows: boolean[];
  emitHubPoke(poke: EventPayload<'hub:poke'>): void;
  emitHubPokeState(state: EventPayload<'hub:poke-state'>): void;
}

const NOT_CONNECTED = {
  ok: false as const,
  failure: { kind: 'not-connected' as const, message: 'No team hub is connected.' },
};

export function createFakeLoupeApi(): FakeLoupeApi {
  const files = new Map<string, { bytes: Uint8Array; offset: number }>();
  /** What main remembers of each pick, by the id the pick returned. */
  const picks = new Map<string, { name: string; bytes: Uint8Array }>();
  const menuListeners = new Set<(command: MenuCommand) => void>();
  const pokeListeners = new Set<(poke: EventPayload<'hub:poke'>) => void>();
  const stateListeners = new Set<(state: EventPayload<'hub:poke-state'>) => void>();
  let nextId = 0;
  const newId = (prefix: string) => `${prefix}_${String((nextId += 1)).padStart(8, '0')}`;

  const api: FakeLoupeApi = {
    nextPick: [],
    nextSaveName: null,
    writtenChunks: [],
    closedFiles: [],
    reopenedFiles: [],
    abortedSaves: [],
    endedSaves: [],
    emitMenuCommand: (command) => menuListeners.forEach((listener) => listener(command)),
    nextHubConnect: {
      ok: false,
      failure: { kind: 'unauthorized', status: 401, message: 'The token is not valid.' },
    },
    hubCalls: [],
    pokeFollows: [],
    emitHubPoke: (poke) => pokeListeners.forEach((listener) => listener(poke)),
    emitHubPokeState: (state) => stateListeners.forEach((listener) => listener(state)),

    getAppInfo: vi.fn(() =>
      Promise.resolve({
        name: 'Loupe',
        version: '0.1.0',
        platform: 'linux',
        locale: 'zh-TW',
        runtime: 'electron' as const,
        versions: { electron: '45.5.0' },
      }),
    ),
    setLanguage: vi.fn(() => Promise.resolve(undefined)),
    openFiles: vi.fn(() => {
      const opened: OpenedFile[] = api.nextPick.map(({ name, bytes }) => {
        const fileId = newId('file');
        files.set(fileId, { bytes, offset: 0 });
        picks.set(fileId, { name, bytes });
        return { fileId, name, size: bytes.byteLength };
      });
      return Promise.resolve({ files: opened });
    }),
    readFileChunk: vi.fn((request) => {
      const { fileId, maxBytes } = readChunkRequestSchema.parse(request);
      const file = files.get(fileId);
      if (!file) {
        return Promise.reject(new Error('unknown or closed file'));
      }
      const end = Math.min(
        file.offset + (maxBytes ?? FAKE_READ_CHUNK_BYTES),
        file.bytes.byteLength,
      );
      const bytes = file.bytes.slice(file.offset, end);
      file.offset = end;
      const done = end === file.bytes.byteLength;
      if (done) {
        // As main does: the handle is closed on the chunk that reaches the end.
        files.delete(fileId);
      }
      return Promise.resolve({ bytes, done });
    }),
    reopenFile: vi.fn((request) => {
      const pick = picks.get(reopenFileRequestSchema.parse(request).fileId);
      if (!pick) {
        return Promise.reject(new Error('unknown picked file'));
      }
      const fileId = newId('file');
      files.set(fileId, { bytes: pick.bytes, offset: 0 });
      api.reopenedFiles.push(fileId);
      return Promise.resolve({ fileId, name: pick.name, size: pick.bytes.byteLength });
    }),
    closeFile: vi.fn(({ fileId }: { fileId: string }) => {
      api.closedFiles.push(fileId);
      files.delete(fileId);
      return Promise.resolve(undefined);
    }),
    beginSaveFile: vi.fn((request) => {
      saveBeginRequestSchema.parse(request);
      const name = api.nextSaveName;
      return Promise.resolve(
        name === null
          ? { canceled: true as const }
          : { canceled: false as const, saveId: newId('save'), name },
      );
    }),
    // Folder saves (the export): the folder is "exports"; each file is a save like any other.
    pickFolder: vi.fn(() =>
      Promise.resolve({ canceled: false as const, folderId: newId('folder'), name: 'exports' }),
    ),
    beginSaveInFolder: vi.fn(({ name }: { folderId: string; name: string }) =>
      Promise.resolve({ saveId: newId('save'), name }),
    ),
    writeSaveChunk: vi.fn((request) => {
      api.writtenChunks.push(saveChunkRequestSchema.parse(request).bytes);
      return Promise.resolve(undefined);
    }),
    endSaveFile: vi.fn(({ saveId }: { saveId: string }) => {
      api.endedSaves.push(saveId);
      const bytesWritten = api.writtenChunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
      return Promise.resolve({ bytesWritten });
    }),
    abortSaveFile: vi.fn(({ saveId }: { saveId: string }) => {
      api.abortedSaves.push(saveId);
      return Promise.resolve(undefined);
    }),
    saveReportPdf: vi.fn(() =>
      Promise.resolve(
        api.nextSaveName === null
          ? { canceled: true as const }
          : { canceled: false as const, name: api.nextSaveName, bytes: 4 },
      ),
    ),
    openExternal: vi.fn(() => Promise.resolve({ opened: true as const })),
    connectHub: vi.fn((request) => {
      hubConnectRequestSchema.parse(request);
      return Promise.resolve(api.nextHubConnect);
    }),
    disconnectHub: vi.fn(() => Promise.resolve(undefined)),
    getHubConnection: vi.fn(() => Promise.resolve({ url: null, storage: 'encrypted' as const })),
    callHub: vi.fn((request) => {
      api.hubCalls.push(hubCallSchema.parse(request));
      return Promise.resolve(NOT_CONNECTED);
    }),
    followHubPokes: vi.fn((request) => {
      api.pokeFollows.push(hubFollowPokesRequestSchema.parse(request).follow);
      return Promise.resolve(undefined);
    }),
    onMenuCommand: vi.fn((listener: (command: MenuCommand) => void) => {
      menuListeners.add(listener);
      return () => menuListeners.delete(listener);
    }),
    onHubPoke: vi.fn((listener: (poke: EventPayload<'hub:poke'>) => void) => {
      pokeListeners.add(listener);
      return () => pokeListeners.delete(listener);
    }),
    onHubPokeState: vi.fn((listener: (state: EventPayload<'hub:poke-state'>) => void) => {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    }),
  };
  return api;
}
