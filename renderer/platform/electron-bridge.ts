/**
 * The Bridge over the Electron preload (`window.loupe`). Uses no DOM API, so it also runs in
 * Node against the real main-process handlers in the conformance tests.
 */
import { MAX_CHUNK_BYTES } from '../../shared/ipc/contract';
import type { LoupeApi } from '../../shared/ipc/loupe-api';
import type { HubAnswers, HubCallOf, HubOp } from '../../shared/sync/hub-calls';
import type { HubResult } from '../../shared/sync/hub-failure';
import type { Bridge, OpenFilesOptions, PickedFile, SaveFileOptions } from './bridge';
import { packChunks } from './chunk-packer';
import { pickElectronExportFolder } from './electron-export-folder';

/** Native dialog filters want a label; the extensions themselves read the same in any language. */
function toFilters(extensions: string[] | undefined) {
  if (!extensions || extensions.length === 0) {
    return undefined;
  }
  const name = extensions.map((extension) => extension.toUpperCase()).join(', ');
  return [{ name: name.slice(0, 100), extensions }];
}

/**
 * A picked file whose bytes are pulled from main one chunk at a time. The first `stream()` reads
 * the handle the pick opened; each later one asks main to reopen the pick ('files:reopen'), as an
 * import reads its file once to check it and again to write it.
 */
function pickedFile(api: LoupeApi, file: { fileId: string; name: string; size: number }) {
  let unread = true;
  const picked: PickedFile = {
    name: file.name,
    size: file.size,
    stream() {
      // The handle this stream reads: the pick's own the first time, a reopened one after that.
      let handle: Promise<string> | undefined;
      if (unread) {
        unread = false;
        handle = Promise.resolve(file.fileId);
      }
      const reopen = () =>
        api.reopenFile({ fileId: file.fileId }).then((reopened) => reopened.fileId);
      return new ReadableStream<Uint8Array>({
        async pull(controller) {
          // A failed reopen opened nothing: it errors the stream with nothing to close.
          const fileId = await (handle ??= reopen());
          let chunk;
          try {
            chunk = await api.readFileChunk({ fileId });
          } catch (error) {
            // A failed read ends the stream; release main's handle before reporting it.
            await api.closeFile({ fileId }).catch(() => undefined);
            throw error;
          }
          const { bytes, done } = chunk;
          if (bytes.byteLength > 0) {
            controller.enqueue(bytes);
          }
          if (done) {
            controller.close();
          }
        },
        async cancel() {
          // Main holds an open file handle until told otherwise, also one still being reopened.
          const fileId = await handle?.catch(() => undefined);
          if (fileId !== undefined) {
            await api.closeFile({ fileId });
          }
        },
      });
    },
  };
  return picked;
}

/** Creates the Bridge that talks to the Electron main process through `api`. */
export function createElectronBridge(api: LoupeApi): Bridge {
  return {
    runtime: 'electron',
    getAppInfo: () => api.getAppInfo(),
    setLanguage: (language) => api.setLanguage({ language }),

    async openFiles(options: OpenFilesOptions = {}) {
      const { files } = await api.openFiles({
        title: options.title,
        filters: toFilters(options.extensions),
        multiple: options.multiple,
      });
      return files.map((file) => pickedFile(api, file));
    },

    async saveFile(options: SaveFileOptions, chunks) {
      const begin = await api.beginSaveFile({
        suggestedName: options.suggestedName,
        title: options.title,
        filters: toFilters(options.extensions),
      });
      if (begin.canceled) {
        return { saved: false };
      }
      const { saveId } = begin;
      try {
        for await (const chunk of packChunks(chunks, MAX_CHUNK_BYTES)) {
          await api.writeSaveChunk({ saveId, bytes: chunk });
        }
        const { bytesWritten } = await api.endSaveFile({ saveId });
        return { saved: true, name: begin.name, bytesWritten };
      } catch (error) {
        // Main deletes the partial file; the caller still learns what went wrong.
        await api.abortSaveFile({ saveId }).catch(() => undefined);
        throw error;
      }
    },

    pickExportFolder: (options) => pickElectronExportFolder(api, options),
    async printPage(options) {
      const result = await api.saveReportPdf(options);
      return { saved: !result.canceled };
    },
    openExternal: (url) => api.openExternal({ url }),
    hub: {
      connect: (url, token) => api.connectHub({ url, token }),
      disconnect: () => api.disconnectHub(),
      connection: () => api.getHubConnection(),
      // Main checked the answer against the call's own schema before sending it here.
      call: <O extends HubOp>(call: HubCallOf<O>) =>
        api.callHub(call) as Promise<HubResult<HubAnswers[O]>>,
      followPokes(onPoke, onState) {
        const offPoke = api.onHubPoke(onPoke);
        const offState = onState === undefined ? () => undefined : api.onHubPokeState(onState);
        void api.followHubPokes({ follow: true });
        return () => {
          offPoke();
          offState();
          void api.followHubPokes({ follow: false });
        };
      },
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
  };
}
