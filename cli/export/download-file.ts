/**
 * One data file of an export, from the hub to `DIR/<name>`: streamed to `<name>.partial`
 * (never a partial file under the final name), measured and hashed on the way, checked
 * against the manifest's size and SHA-256, and only then renamed into place.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { pipeline } from 'node:stream/promises';
import type { ManifestFile } from '../../shared/export';
import { CliError, EXIT } from './exit-codes';
import type { HubTarget } from './hub-requests';
import { hubGet } from './hub-requests';
import type { FileProgress } from './progress';

export const SEQ_HEADER = 'x-loupe-export-seq';
const NEWLINE = 0x0a;

export interface DownloadRequest {
  target: HubTarget;
  /** Path and query of the file on the hub. */
  path: string;
  dir: string;
  expected: ManifestFile;
  /** The manifest's seq: the file must come from the same snapshot. */
  seq: number;
  /** Count lines as rows (JSON Lines formats). */
  countRows: boolean;
  progress: FileProgress;
}

/** A failure while writing to disk (the fs sets `syscall`), as opposed to the network. */
const isDiskError = (error: unknown) =>
  typeof (error as { syscall?: unknown } | null)?.syscall === 'string';

export async function downloadFile(request: DownloadRequest): Promise<void> {
  const { expected, dir, progress } = request;
  const response = await hubGet(request.target, request.path);
  const seq = response.headers.get(SEQ_HEADER);
  if (seq !== String(request.seq)) {
    throw new CliError(
      `${expected.name}: the hub sent seq ${seq ?? '(none)'}, the manifest describes seq ${request.seq}`,
      EXIT.integrity,
    );
  }
  if (response.body === null) {
    throw new CliError(`${expected.name}: the hub sent no body`, EXIT.unreachable);
  }
  const hash = createHash('sha256');
  let bytes = 0;
  let rows = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.byteLength;
      if (request.countRows) {
        for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, at + 1)) {
          rows += 1;
        }
      }
      progress.update(bytes, request.countRows ? rows : undefined);
      done(null, chunk);
    },
  });
  const final = join(dir, expected.name);
  const partial = `${final}.partial`;
  try {
    await pipeline(
      Readable.fromWeb(response.body as WebReadableStream<Uint8Array>),
      meter,
      createWriteStream(partial),
    );
  } catch (error) {
    await rm(partial, { force: true });
    if (isDiskError(error)) {
      throw new CliError(`cannot write ${partial}: ${(error as Error).message}`, EXIT.other);
    }
    throw new CliError(
      `the hub cut the download of ${expected.name} short after ${bytes} bytes`,
      EXIT.unreachable,
    );
  }
  const sha256 = hash.digest('hex');
  if (bytes !== expected.bytes || sha256 !== expected.sha256) {
    await rm(partial, { force: true });
    throw new CliError(
      `${expected.name} does not match the manifest: got ${bytes} bytes with SHA-256 ${sha256}, ` +
        `expected ${expected.bytes} bytes with SHA-256 ${expected.sha256}`,
      EXIT.integrity,
    );
  }
  await rename(partial, final);
  progress.done(bytes, request.countRows ? rows : undefined);
}
