/**
 * The one IPC contract between the main process and the renderer (CONVENTIONS.md §2).
 *
 * Every channel is named `domain:action`; requests and responses are zod schemas, and the
 * TypeScript types are inferred from them. The main-process wrappers parse every request with
 * these schemas before a handler sees it, and the preload exposes one named function per channel.
 */
import { helloResponseSchema } from '../sync/hello';
import { hubCallSchema } from '../sync/hub-calls';
import { hubFailureSchema } from '../sync/hub-failure';
import { pokeSchema } from '../sync/poke-stream';
import { z } from '../validation/zod';

/** Languages the UI ships in. */
export const languageSchema = z.enum(['en', 'zh-TW']);
export type Language = z.infer<typeof languageSchema>;

/** Largest chunk a single IPC message may carry (both directions). */
export const MAX_CHUNK_BYTES = 1024 * 1024;

const handleId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'opaque handle id');
const bytes = z.custom<Uint8Array>(
  (value) => value instanceof Uint8Array && value.byteLength <= MAX_CHUNK_BYTES,
  `a Uint8Array of at most ${MAX_CHUNK_BYTES} bytes`,
);
const fileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/))
    .min(1)
    .max(20),
});

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  locale: z.string(),
  runtime: z.enum(['electron', 'browser']),
  versions: z.record(z.string(), z.string()),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const openFilesRequestSchema = z.object({
  title: z.string().max(200).optional(),
  filters: z.array(fileFilter).max(10).optional(),
  multiple: z.boolean().optional(),
});
export type OpenFilesRequest = z.infer<typeof openFilesRequestSchema>;

export const openedFileSchema = z.object({
  fileId: handleId,
  name: z.string(),
  size: z.number().int().nonnegative(),
});
export type OpenedFile = z.infer<typeof openedFileSchema>;

export const openFilesResponseSchema = z.object({ files: z.array(openedFileSchema) });

/**
 * 'files:reopen': a fresh handle, from the start, on a file this window picked earlier (by the
 * id the pick returned, even after that handle was read to the end or closed). The new handle
 * has its own id and the size at the moment of reopening; main takes the path from its own
 * record of the pick, never from the renderer.
 */
export const reopenFileRequestSchema = z.object({ fileId: handleId });

export const readChunkRequestSchema = z.object({
  fileId: handleId,
  maxBytes: z.number().int().positive().max(MAX_CHUNK_BYTES).optional(),
});
export const readChunkResponseSchema = z.object({ bytes, done: z.boolean() });

export const saveBeginRequestSchema = z.object({
  suggestedName: z.string().min(1).max(255),
  title: z.string().max(200).optional(),
  filters: z.array(fileFilter).max(10).optional(),
});
export type SaveFileRequest = z.infer<typeof saveBeginRequestSchema>;
export const saveBeginResponseSchema = z.union([
  z.object({ canceled: z.literal(true) }),
  z.object({ canceled: z.literal(false), saveId: handleId, name: z.string() }),
]);
/**
 * 'files:pick-folder': the folder dialog; main remembers the picked path under an opaque
 * `folderId` for this window and answers with the folder's own name only (for display).
 */
export const pickFolderRequestSchema = z.object({ title: z.string().max(200).optional() });
export const pickFolderResponseSchema = z.union([
  z.object({ canceled: z.literal(true) }),
  z.object({ canceled: z.literal(false), folderId: handleId, name: z.string() }),
]);
/**
 * 'files:save-in-folder-begin': a save of file `name` into a folder picked earlier, without a
 * dialog (an export's `train.jsonl`, `test.jsonl`, `manifest.json`). The renderer names the file,
 * never a path: main refuses separators, `..` and control characters, and builds the path
 * itself. Chunks, end and abort are the same as a dialog save's.
 */
export const saveInFolderBeginRequestSchema = z.object({
  folderId: handleId,
  name: z.string().min(1).max(255),
});
export const saveInFolderBeginResponseSchema = z.object({ saveId: handleId, name: z.string() });
export const saveChunkRequestSchema = z.object({ saveId: handleId, bytes });
export const saveHandleRequestSchema = z.object({ saveId: handleId });
export const saveEndResponseSchema = z.object({ bytesWritten: z.number().int().nonnegative() });

export const openExternalRequestSchema = z.object({ url: z.string().max(4096) });
export const openExternalResponseSchema = z.union([
  z.object({ opened: z.literal(true) }),
  z.object({ opened: z.literal(false), reason: z.string() }),
]);
export type OpenExternalResult = z.infer<typeof openExternalResponseSchema>;

/**
 * The team hub (SYNC.md §6): the renderer hands main an address and a token once
 * ('hub:connect'); main keeps the token with safeStorage and makes every call itself
 * ('hub:call'), so the token never comes back to the renderer and no page can read it.
 */
/** `encrypted`: the OS keychain protects the token; `plaintext`: the platform offers none. */
export const secretStorageSchema = z.enum(['encrypted', 'plaintext']);
export type SecretStorage = z.infer<typeof secretStorageSchema>;

export const hubConnectRequestSchema = z.object({
  url: z.string().max(2_048),
  token: z
    .string()
    .min(1)
    .max(16 * 1024),
});
export const hubConnectionSchema = z.object({
  /** The connected hub's address, or null when none is. */
  url: z.string().nullable(),
  /** How the token is kept on this machine. */
  storage: secretStorageSchema,
});
export type HubConnection = z.infer<typeof hubConnectionSchema>;
export const hubConnectResultSchema = z.union([
  z.object({ ok: z.literal(true), hello: helloResponseSchema, connection: hubConnectionSchema }),
  z.object({ ok: z.literal(false), failure: hubFailureSchema }),
]);
export type HubConnectResult = z.infer<typeof hubConnectResultSchema>;
/** Main checked the answer against the call's schema (shared/sync/hub-client.ts). */
export const hubCallResultSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), failure: hubFailureSchema }),
]);
export const hubFollowPokesRequestSchema = z.object({ follow: z.boolean() });
export const pokeStreamStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('connecting') }),
  z.object({ state: z.literal('open') }),
  z.object({
    state: z.literal('waiting'),
    retryInMs: z.number().int().nonnegative(),
    failure: hubFailureSchema,
  }),
  z.object({ state: z.literal('stopped'), failure: hubFailureSchema.optional() }),
]);

export const setLanguageRequestSchema = z.object({ language: languageSchema });

/** Commands the application menu sends to the renderer. */
export const menuCommandSchema = z.enum([
  'open-files',
  'load-demo-queue',
  'toggle-theme',
  'set-language-en',
  'set-language-zh-TW',
  'show-shortcuts',
  'export-labelled-set',
]);
export type MenuCommand = z.infer<typeof menuCommandSchema>;

/**
 * 'report:save-pdf': the page as it prints (its print stylesheet), saved as a PDF where the user
 * picks in the save dialog — Electron's printToPDF of the calling window (issue 14 point 6: the
 * lead's printable report). The renderer never names a path.
 */
export const saveReportPdfRequestSchema = z.object({
  suggestedName: z.string().min(1).max(255),
  title: z.string().max(200).optional(),
});
export type SaveReportPdfRequest = z.infer<typeof saveReportPdfRequestSchema>;
export const saveReportPdfResponseSchema = z.union([
  z.object({ canceled: z.literal(true) }),
  z.object({
    canceled: z.literal(false),
    name: z.string(),
    bytes: z.number().int().nonnegative(),
  }),
]);
export type SaveReportPdfResponse = z.infer<typeof saveReportPdfResponseSchema>;

const empty = z.undefined();
const ok = z.undefined();

/** Renderer → main request/response channels. */
export const invokeChannels = {
  'app:info': { request: empty, response: appInfoSchema },
  'app:set-language': { request: setLanguageRequestSchema, response: ok },
  'files:open': { request: openFilesRequestSchema, response: openFilesResponseSchema },
  'files:read-chunk': { request: readChunkRequestSchema, response: readChunkResponseSchema },
  'files:reopen': { request: reopenFileRequestSchema, response: openedFileSchema },
  'files:close': { request: z.object({ fileId: handleId }), response: ok },
  'files:save-begin': { request: saveBeginRequestSchema, response: saveBeginResponseSchema },
  'files:pick-folder': { request: pickFolderRequestSchema, response: pickFolderResponseSchema },
  'files:save-in-folder-begin': {
    request: saveInFolderBeginRequestSchema,
    response: saveInFolderBeginResponseSchema,
  },
  'files:save-chunk': { request: saveChunkRequestSchema, response: ok },
  'files:save-end': { request: saveHandleRequestSchema, response: saveEndResponseSchema },
  'files:save-abort': { request: saveHandleRequestSchema, response: ok },
  'report:save-pdf': { request: saveReportPdfRequestSchema, response: saveReportPdfResponseSchema },
  'shell:open-external': {
    request: openExternalRequestSchema,
    response: openExternalResponseSchema,
  },
  'hub:connect': { request: hubConnectRequestSchema, response: hubConnectResultSchema },
  'hub:disconnect': { request: empty, response: ok },
  'hub:connection': { request: empty, response: hubConnectionSchema },
  'hub:call': { request: hubCallSchema, response: hubCallResultSchema },
  'hub:follow-pokes': { request: hubFollowPokesRequestSchema, response: ok },
} as const;

/** Main → renderer event channels. */
export const eventChannels = {
  'menu:command': menuCommandSchema,
  'hub:poke': pokeSchema,
  'hub:poke-state': pokeStreamStateSchema,
} as const;

export type InvokeChannel = keyof typeof invokeChannels;
export type EventChannel = keyof typeof eventChannels;
export type InvokeRequest<C extends InvokeChannel> = z.input<(typeof invokeChannels)[C]['request']>;
export type InvokeResponse<C extends InvokeChannel> = z.output<
  (typeof invokeChannels)[C]['response']
>;
export type EventPayload<C extends EventChannel> = z.output<(typeof eventChannels)[C]>;
