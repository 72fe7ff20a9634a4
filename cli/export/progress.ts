/**
 * Progress of the downloads on stderr: bytes so far of the manifest's size and, for JSON Lines
 * files (one record a line), rows per second. At most one line a second per file, then one
 * line when the file is done, so a log of a long run stays readable.
 */
export interface FileProgress {
  update(bytes: number, rows: number | undefined): void;
  done(bytes: number, rows: number | undefined): void;
}

export interface ProgressOptions {
  write: (line: string) => void;
  now?: () => number;
  /** Least time between two lines of one file, in ms. */
  everyMs?: number;
}

const number = new Intl.NumberFormat('en');

export function formatBytes(bytes: number): string {
  if (bytes < 1024) {
    return `${bytes} B`;
  }
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit] ?? 'TB'}`;
}

const rate = (rows: number, ms: number) =>
  number.format(Math.round((rows * 1000) / Math.max(ms, 1)));

export function createProgress(options: ProgressOptions) {
  const now = options.now ?? Date.now;
  const everyMs = options.everyMs ?? 1_000;
  return {
    file(name: string, totalBytes: number): FileProgress {
      const started = now();
      let last = started;
      return {
        update(bytes, rows) {
          const at = now();
          if (at - last < everyMs) {
            return;
          }
          last = at;
          const share = totalBytes > 0 ? ` (${Math.floor((bytes / totalBytes) * 100)}%)` : '';
          const speed = rows === undefined ? '' : `, ${rate(rows, at - started)} rows/s`;
          options.write(
            `${name}: ${formatBytes(bytes)} of ${formatBytes(totalBytes)}${share}${speed}`,
          );
        },
        done(bytes, rows) {
          const ms = now() - started;
          const counted =
            rows === undefined ? '' : `, ${number.format(rows)} rows (${rate(rows, ms)} rows/s)`;
          options.write(
            `${name}: ${formatBytes(bytes)} in ${(ms / 1000).toFixed(1)} s${counted}, SHA-256 ok`,
          );
        },
      };
    },
  };
}
