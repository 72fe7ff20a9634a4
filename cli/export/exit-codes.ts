/**
 * What `loupe-export` exits with, so a script can tell what failed (documented in `--help`).
 * Every expected failure is a {@link CliError}: one plain line on stderr, never a stack.
 */
export const EXIT = {
  ok: 0,
  /** Anything not below: the hub failed (500), the folder could not be written. */
  other: 1,
  /** A bad flag or value, or a query the hub refused (400), or an unknown format. */
  usage: 2,
  /** No token, an unreadable token file, a token the hub refused (401) or a role it may not use (403). */
  auth: 3,
  /** The hub could not be reached, was busy (503, 429) or cut a download short. */
  unreachable: 4,
  /** A downloaded file's size or SHA-256 is not what the manifest says. */
  integrity: 5,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class CliError extends Error {
  override readonly name = 'CliError';

  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
  }
}

/** The exit codes as `--help` lists them. */
export const EXIT_CODES_HELP = `
Exit codes:
  0  every file was downloaded and matches the manifest
  1  another failure (the hub failed, the folder could not be written)
  2  usage: a bad flag or value, or a query the hub refused
  3  no usable token, or the token's role may not export (reviewers may not)
  4  the hub could not be reached, was busy, or cut a download short
  5  a downloaded file does not match the manifest's size or SHA-256`;
