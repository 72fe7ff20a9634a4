/** A CommandIo that keeps what an admin command printed, for assertions. */
import type { CommandIo } from '../../../hub/commands/command-io';

export interface CollectedIo extends CommandIo {
  lines: string[];
  errors: string[];
}

export function collectIo(): CollectedIo {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (line) => lines.push(line), err: (line) => errors.push(line) };
}
