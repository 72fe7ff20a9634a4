/**
 * The preview's read of a file's head: it stops at the limit and releases the source (in
 * Electron, main's file handle) instead of reading a 1 GB file on.
 */
import { describe, expect, it } from 'vitest';
import { readFileHead } from '../../../../renderer/stores/import/read-file-head';
import { pickedFile } from './import-support';

const bytesOf = (length: number) => Uint8Array.from({ length }, (_, i) => i % 251);

describe('reading the head of a picked file', () => {
  it('reads only up to the limit, cuts the last chunk there, and cancels the source', async () => {
    const whole = bytesOf(1000);
    const file = pickedFile('big.jsonl', whole, 100);

    const head = await readFileHead(file, 250);

    expect(head.complete).toBe(false);
    expect([...head.bytes]).toEqual([...whole.subarray(0, 250)]);
    const [stream] = file.streams;
    // Three chunks of 100 reach the limit; the other seven are never pulled.
    expect(stream?.bytesPulled).toBe(300);
    expect(stream?.cancel).toHaveBeenCalledTimes(1);
  });

  it('reads a small file whole, says so, and has nothing to cancel', async () => {
    const whole = bytesOf(180);
    const file = pickedFile('small.csv', whole, 64);

    const head = await readFileHead(file, 250);

    expect(head.complete).toBe(true);
    expect([...head.bytes]).toEqual([...whole]);
    expect(file.streams[0]?.cancel).not.toHaveBeenCalled();
  });

  it('reads an empty file as complete and empty', async () => {
    const head = await readFileHead(pickedFile('empty.jsonl', new Uint8Array(0)), 250);
    expect(head).toEqual({ bytes: new Uint8Array(0), complete: true });
  });

  // A file exactly as long as the limit is whole: else the preview would hide its last row when
  // that row has no line break.
  it('says a file exactly as long as the limit is complete', async () => {
    const whole = bytesOf(200);
    const head = await readFileHead(pickedFile('exact.jsonl', whole, 100), 200);
    expect(head.bytes.length).toBe(200);
    expect(head.complete).toBe(true);
  });
});
