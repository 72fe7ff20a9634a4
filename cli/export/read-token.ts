/**
 * The hub token for `loupe-export`: from `--token-file`, else the `LOUPE_TOKEN` environment
 * variable. Never from a flag's value: a token on the command line ends up in shell history
 * and in every process listing.
 */
import { readFile } from 'node:fs/promises';
import { CliError, EXIT } from './exit-codes';

export async function readToken(
  tokenFile: string | undefined,
  env: Record<string, string | undefined>,
): Promise<string> {
  let token: string;
  if (tokenFile !== undefined) {
    try {
      token = (await readFile(tokenFile, 'utf8')).trim();
    } catch (error) {
      throw new CliError(
        `cannot read the token file ${tokenFile} (${(error as { code?: string }).code ?? 'error'})`,
        EXIT.auth,
      );
    }
    if (token === '') {
      throw new CliError(`the token file ${tokenFile} is empty`, EXIT.auth);
    }
    return token;
  }
  token = env.LOUPE_TOKEN?.trim() ?? '';
  if (token === '') {
    throw new CliError(
      'no token: pass --token-file FILE or set LOUPE_TOKEN (an evaluator, lead or admin token)',
      EXIT.auth,
    );
  }
  return token;
}
