/**
 * Text lines encoded as UTF-8 into batches of about `batchBytes`, handed out whole. A JSON
 * Lines or CSV file is a hundred thousand short lines: encoding each into its own array costs
 * an allocation and a call per line (measured: about three times the encoding itself), and
 * every consumer batched the small arrays again anyway (the hub's response, the app's bridge).
 * Here each line is encoded in place (`encodeInto`) at the end of the current batch; a batch is
 * never written to after it is handed out, so callers may keep it.
 */
const encoder = new TextEncoder();

/** UTF-8 needs at most 3 bytes per UTF-16 code unit (a surrogate pair: 4 bytes for 2 units). */
const MAX_BYTES_PER_UNIT = 3;

export interface TextBatch {
  /** Adds `text`; returns the batches it filled (usually none). */
  add(text: string): Uint8Array[];
  /** The batch begun, if any: the file's last bytes. */
  flush(): Uint8Array[];
}

export function createTextBatch(batchBytes = 64 * 1024): TextBatch {
  let batch = new Uint8Array(batchBytes);
  let used = 0;
  const takeBatch = (): Uint8Array[] => {
    if (used === 0) {
      return [];
    }
    const full = batch.subarray(0, used);
    batch = new Uint8Array(batchBytes);
    used = 0;
    return [full];
  };
  return {
    add(text) {
      const worst = text.length * MAX_BYTES_PER_UNIT;
      if (worst > batchBytes) {
        // A line longer than a batch (a 50 KB draft) goes out on its own, after what came before.
        return [...takeBatch(), encoder.encode(text)];
      }
      const out = used + worst > batchBytes ? takeBatch() : [];
      used += encoder.encodeInto(text, batch.subarray(used)).written;
      return out;
    },
    flush: takeBatch,
  };
}
