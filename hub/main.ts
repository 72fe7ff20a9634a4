/**
 * `npm run hub [-- <command>]`: the team hub and its admin commands (SYNC.md §8). Every command
 * finds the database as the server does (`DATABASE_URL`, else `--data` / `LOUPE_HUB_DATA`,
 * default ./hub-data) and migrates it first.
 */
import { Command, Option } from 'commander';
import { ConfigError, resolveHubConfig, type HubFlags } from './config/hub-config';
import { backupCommand } from './commands/backup';
import { CommandError, processIo, type CommandIo } from './commands/command-io';
import {
  ENCODINGS,
  FORMATS,
  importDraftsCommand,
  type ImportOptions,
} from './commands/import-drafts';
import { SPAN_UNITS } from '../shared/import/span-annotations';
import { restoreCommand } from './commands/restore';
import { serve, stopOnSignals } from './commands/serve';
import { statusCommand } from './commands/status';
import {
  addUser,
  listUsersCommand,
  newTokenCommand,
  revokeUserCommand,
  setRoleCommand,
} from './commands/users';
import { NewerSchemaError } from './storage/migrations/run-migrations';
import { openMigratedStorage } from './storage/open-storage';
import type { HubStorage } from './storage/storage';

const io: CommandIo = processIo;

const collect = (value: string, previous: string[] = []) => [...previous, value];

const dataOption = () =>
  new Option('--data <dir>', 'SQLite data folder (else LOUPE_HUB_DATA, default ./hub-data)');

/** Says what went wrong in the admin's words and sets the exit code; never a stack for a misuse. */
function report(error: unknown) {
  if (error instanceof CommandError) {
    io.err(`error: ${error.message}`);
    process.exitCode = error.exitCode;
    return;
  }
  if (error instanceof ConfigError || error instanceof NewerSchemaError) {
    io.err(`error: ${error.message}`);
    process.exitCode = 1;
    return;
  }
  const code = (error as { code?: unknown }).code;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === '28P01' || code === '3D000') {
    io.err(
      `error: cannot use the PostgreSQL database in DATABASE_URL: ${(error as Error).message}`,
    );
  } else {
    io.err(`error: ${(error as Error).message ?? String(error)}`);
    if (process.env.LOUPE_HUB_DEBUG === '1') {
      io.err((error as Error).stack ?? '');
    }
  }
  process.exitCode = 1;
}

/** Runs `work` on the migrated database the flags and environment name, then closes it. */
async function withStorage(flags: HubFlags, work: (storage: HubStorage) => Promise<unknown>) {
  try {
    const { storage } = await openMigratedStorage(resolveHubConfig(flags, process.env));
    try {
      await work(storage);
    } finally {
      await storage.close();
    }
  } catch (error) {
    report(error);
  }
}

const program = new Command('hub')
  .description(
    "The Loupe team hub: the server that holds the team's review log, and its admin commands.",
  )
  .showHelpAfterError('(add --help for usage)');

program
  .command('serve', { isDefault: true })
  .description('Start the hub (the default when no command is given).')
  .addOption(dataOption())
  .option('--host <host>', 'address to listen on (else LOUPE_HUB_HOST, default 127.0.0.1)')
  .option(
    '--port <port>',
    'port to listen on (else LOUPE_HUB_PORT, default 8787; 0: any free port)',
  )
  .option(
    '--cors-origin <origin>',
    'a browser origin allowed to call the hub, repeatable (else LOUPE_HUB_CORS_ORIGINS, comma-separated)',
    collect,
  )
  .option(
    '--rate-limit <n>',
    'requests per token per minute (else LOUPE_HUB_RATE_LIMIT, default 1200)',
  )
  .option(
    '--trust-proxy',
    'take client addresses from X-Forwarded-For (else LOUPE_HUB_TRUST_PROXY)',
  )
  .addHelpText(
    'after',
    '\nDATABASE_URL=postgres://… runs the hub on PostgreSQL instead of SQLite.\nLOUPE_HUB_LOG_LEVEL sets the log level (default info).',
  )
  .action(async (flags: HubFlags) => {
    try {
      const hub = await serve(resolveHubConfig(flags, process.env), io);
      stopOnSignals(hub, io);
    } catch (error) {
      report(error);
    }
  });

const user = program.command('user').description('Add, list and revoke users and their tokens.');
user
  .command('add <name>')
  .description('Add a user; prints their token once, alone on the last line.')
  .addOption(
    new Option('--role <role>', 'what the user may do').choices([
      'reviewer',
      'lead',
      'evaluator',
      'admin',
    ]),
  )
  .addOption(dataOption())
  .action((name: string, flags: HubFlags & { role?: string }) =>
    withStorage(flags, (storage) => addUser(storage, io, { name, role: flags.role })),
  );
user
  .command('list')
  .description('List users with their role, state and devices (never their tokens).')
  .addOption(dataOption())
  .action((flags: HubFlags) => withStorage(flags, (storage) => listUsersCommand(storage, io)));
user
  .command('revoke <name>')
  .description("Revoke a user's token at once; their decisions stay in the log.")
  .addOption(dataOption())
  .action((name: string, flags: HubFlags) =>
    withStorage(flags, (storage) => revokeUserCommand(storage, io, name)),
  );
user
  .command('token <name>')
  .description('Issue a new token for a user (the old one stops working); printed once.')
  .addOption(dataOption())
  .action((name: string, flags: HubFlags) =>
    withStorage(flags, (storage) => newTokenCommand(storage, io, name)),
  );
user
  .command('role <name> <role>')
  .description('Change what a user may do (reviewer, lead, evaluator, admin).')
  .addOption(dataOption())
  .action((name: string, role: string, flags: HubFlags) =>
    withStorage(flags, (storage) => setRoleCommand(storage, io, name, role)),
  );

program
  .command('backup <file>')
  .description(
    'Write a consistent copy of the database to FILE (a SQLite file), while the hub runs.',
  )
  .option('--force', 'replace FILE if it exists')
  .addOption(dataOption())
  .action((file: string, flags: HubFlags & { force?: boolean }) =>
    withStorage(flags, (storage) =>
      backupCommand(storage, io, file, { force: flags.force === true }),
    ),
  );

program
  .command('restore <file>')
  .description("Replace the database with a backup and raise the hub's epoch (apps re-sync).")
  .option('--yes', 'really replace everything (without it, only says what would happen)')
  .addOption(dataOption())
  .action((file: string, flags: HubFlags & { yes?: boolean }) =>
    withStorage(flags, (storage) => restoreCommand(storage, io, file, { yes: flags.yes === true })),
  );

program
  .command('import <file>')
  .description('Publish drafts from a JSON Lines, JSON or CSV file into a project.')
  .option('--project <name>', 'the project (created when no project has this name)')
  .addOption(
    new Option(
      '--format <format>',
      'the file format (detected if absent; csv-cr: a CSV whose rows end in a lone CR)',
    ).choices(FORMATS),
  )
  .addOption(
    new Option('--encoding <encoding>', 'the text encoding (detected if absent)').choices(
      ENCODINGS,
    ),
  )
  .addOption(
    new Option(
      '--spans-unit <unit>',
      "what the mapped spans field's offsets count (default utf-16 code units)",
    ).choices(SPAN_UNITS),
  )
  .option(
    '--map <target=field>',
    'feed a draft field from a file field, repeatable (target= drops it)',
    collect,
  )
  .option('--report <file>', 'write every problem to a CSV file')
  .option('--dry-run', 'check the file and report, publish nothing')
  .addOption(dataOption())
  .addHelpText(
    'after',
    '\nExit code 0: every row was published or unchanged; 2: some rows had problems and were left out; 1: nothing could be done.',
  )
  .action((file: string, flags: HubFlags & ImportOptions) =>
    withStorage(flags, async (storage) => {
      const summary = await importDraftsCommand(storage, io, file, flags);
      if (summary.problems > 0) {
        process.exitCode = 2;
      }
    }),
  );

program
  .command('status')
  .description('Show where the database is, its schema, identity and size.')
  .addOption(dataOption())
  .action((flags: HubFlags) => withStorage(flags, (storage) => statusCommand(storage, io)));

await program.parseAsync(process.argv);
