/**
 * An export "folder" in the browser build (issue 13 point 1). A web page cannot be given a
 * folder to write several files into without a permission prompt per file, so each file of the
 * export becomes a download when it is finished. This is the browser build's limit: the file's
 * chunks are kept in memory (as Blob parts) until it is complete, where the desktop app streams
 * them to disk through the bridge. Nothing is downloaded for a file that is aborted, so no
 * partial file ever reaches the Downloads folder.
 */
import type { ExportFolder, FolderFile } from './bridge';

const MIME_TYPES: Readonly<Record<string, string>> = {
  json: 'application/json',
  jsonl: 'application/jsonl',
  csv: 'text/csv',
  parquet: 'application/vnd.apache.parquet',
};

function mimeTypeOf(name: string): string {
  const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return MIME_TYPES[extension] ?? 'application/octet-stream';
}

function downloadFile(
  doc: Document,
  urls: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>,
  name: string,
): FolderFile {
  let parts: BlobPart[] = [];
  let bytesWritten = 0;
  return {
    write(chunk) {
      // A copy: the caller may reuse its buffer once the promise resolves.
      parts.push(chunk.slice());
      bytesWritten += chunk.byteLength;
      return Promise.resolve();
    },
    close() {
      const blob = new Blob(parts, { type: mimeTypeOf(name) });
      parts = [];
      const url = urls.createObjectURL(blob);
      const link = doc.createElement('a');
      link.href = url;
      link.download = name;
      link.hidden = true;
      doc.body.append(link);
      link.click();
      link.remove();
      // Revoking at once can abort the download in some browsers; a minute is plenty.
      setTimeout(() => urls.revokeObjectURL(url), 60_000);
      return Promise.resolve({ bytesWritten });
    },
    abort() {
      parts = [];
      return Promise.resolve();
    },
  };
}

/** The browser build's export folder: the browser's downloads. */
export function browserExportFolder(
  doc: Document,
  urls: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>,
): ExportFolder {
  return {
    kind: 'downloads',
    name: '',
    createFile: (name) => Promise.resolve(downloadFile(doc, urls, name)),
  };
}
