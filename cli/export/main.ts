/**
 * `loupe-export` (issue 13 point 6; also `npm run export -- …`): pulls a labelled set from a
 * team hub's export API into a folder — every data file checked against the manifest's
 * SHA-256 and size — and prints the manifest's summary. Run by bin/loupe-export.mjs.
 */
import { Command, CommanderError, Option } from 'commander';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/export';
import { checkHubUrl } from '../../shared/sync/hub-url';
import { CliError, EXIT, EXIT_CODES_HELP } from './exit-codes';
import { exportQuery, type FilterFlags, type SplitFlags } from './export-query';
import { pullExport } from './pull-export';
import { readToken } from './read-token';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

interface Flags extends FilterFlags, SplitFlags {
  hub: string;
  tokenFile?: string;
  format: ExportFormat;
  out: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

const EXAMPLES = `
The token is read from --token-file or the LOUPE_TOKEN environment variable, never from the
command line. It must be an evaluator's, a lead's or an admin's.

Examples:
  loupe-export --hub https://hub.example.com --token-file ~/.loupe-token \\
    --format dpo --project support --split 0.1 --salt 2026-12 --out ./dpo-set
  LOUPE_TOKEN=… npm run export -- --hub http://127.0.0.1:8787 --format parquet --all --out ./full
`;

function program(io: CliIo, run: (flags: Flags) => Promise<void>): Command {
  return new Command('loupe-export')
    .description(
      "Pull a labelled set from a Loupe team hub: the manifest first, then each file, checked against the manifest's SHA-256 and size.",
    )
    .requiredOption('--hub <url>', "the hub's address, e.g. https://hub.example.com")
    .option('--token-file <file>', 'a file holding the token (else LOUPE_TOKEN)')
    .addOption(
      new Option('--format <format>', 'the export format').choices(EXPORT_FORMATS).default('loupe'),
    )
    .requiredOption('--out <dir>', 'the folder to write the files and manifest.json into')
    .option('--project <id>', 'only this project (repeatable)', collect)
    .option('--from <date>', 'decided on or after (YYYY-MM-DD, or an ISO date-time with offset)')
    .option('--to <date>', 'decided on or before (YYYY-MM-DD includes the whole day)')
    .option(
      '--decision <decision>',
      'only this decision: approved, edited, rejected, escalated, disputed, pending, skipped (repeatable)',
      collect,
    )
    .option('--model <name>', 'only this model (repeatable)', collect)
    .option('--model-version <version>', 'only this model version (repeatable)', collect)
    .option('--prompt-version <version>', 'only this prompt version (repeatable)', collect)
    .option('--guidelines-version <n>', 'only this guideline version (repeatable)', collect)
    .option('--reviewer <id>', 'only drafts this reviewer decided (repeatable)', collect)
    .option('--label <question=value>', 'only records with this label answer (repeatable)', collect)
    .option('--all', 'also records that are not gold, flagged (loupe, csv, parquet only)')
    .option('--split <ratio>', 'share of drafts for test.* (0 to 1); writes train.* and test.*')
    .option('--salt <text>', 'the split hash salt (default empty); another salt, another split')
    .option('--after <seq>', 'only drafts changed after this hub seq (an incremental pull)')
    .option(
      '--up-to <seq>',
      "the set as it stood at this hub seq (a manifest's source.seq; default: the latest)",
    )
    .addHelpText('after', `${EXAMPLES}${EXIT_CODES_HELP}\n`)
    .showHelpAfterError('(add --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.out(text.replace(/\n$/, '')),
      writeErr: (text) => io.err(text.replace(/\n$/, '')),
    })
    .action((flags: Flags) => run(flags));
}

/** Runs the CLI on `argv` (without node and the script); resolves to the exit code. */
export async function main(
  argv: readonly string[],
  io: CliIo = processIo,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const run = async (flags: Flags) => {
    const hub = checkHubUrl(flags.hub);
    if (!hub.ok) {
      throw new CliError(`--hub: "${flags.hub}" is not a hub address (${hub.problem})`, EXIT.usage);
    }
    const query = exportQuery(flags);
    const token = await readToken(flags.tokenFile, env);
    await pullExport({
      target: { url: hub.url, token },
      format: flags.format,
      query,
      dir: flags.out,
      out: io.out,
      err: io.err,
    });
  };
  try {
    await program(io, run).parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with commander's own code 0
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof CliError) {
      io.err(`loupe-export: ${error.message}`);
      return error.exitCode;
    }
    io.err(`loupe-export: ${(error as Error).message ?? String(error)}`);
    if (env.LOUPE_DEBUG === '1') {
      io.err((error as Error).stack ?? '');
    }
    return EXIT.other;
  }
}
