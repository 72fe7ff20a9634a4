/**
 * The two requests `loupe-export` makes of a hub — the manifest, then each file — and what
 * each failure means for the exit code. The token travels in the Authorization header only;
 * no message printed here ever contains it.
 */
import type { ExportManifest } from '../../shared/export';
import { z } from '../../shared/validation/zod';
import { CliError, EXIT } from './exit-codes';

export interface HubTarget {
  /** The hub's base URL, checked (shared/sync/hub-url.ts), without a trailing slash. */
  url: string;
  token: string;
}

/** What the CLI relies on in a manifest; the rest is kept as the hub wrote it. */
const manifestSchema = z.looseObject({
  format: z.string(),
  source: z.looseObject({ kind: z.literal('hub'), seq: z.number().int().nonnegative() }),
  files: z
    .array(
      z.object({
        // Only names the hub's exports use: a hub can never make the CLI write elsewhere.
        name: z.string().regex(/^(?:data|train|test)\.[a-z]{1,10}$/),
        bytes: z.number().int().nonnegative(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
      }),
    )
    .min(1),
});

/** The manifest as parsed, and its text as the hub sent it (written out byte for byte). */
export interface FetchedManifest {
  manifest: ExportManifest;
  text: string;
}

const hubErrorSchema = z.object({ error: z.string(), message: z.string() });

async function reasonOf(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const parsed = hubErrorSchema.safeParse(JSON.parse(text));
    if (parsed.success) {
      return parsed.data.message;
    }
  } catch {
    // not JSON: fall through
  }
  return `HTTP ${response.status}`;
}

/** Turns a refusal into the error the user reads, with its exit code. */
async function refusal(response: Response): Promise<CliError> {
  const reason = await reasonOf(response);
  switch (response.status) {
    case 400:
      return new CliError(`the hub refused the query: ${reason}`, EXIT.usage);
    case 401:
      return new CliError(
        `the hub did not accept the token (${reason}) — check --token-file or LOUPE_TOKEN`,
        EXIT.auth,
      );
    case 403:
      return new CliError(
        `the hub refused: ${reason} Exports need an evaluator, lead or admin token.`,
        EXIT.auth,
      );
    case 404:
      return new CliError(`the hub has no such export: ${reason}`, EXIT.usage);
    case 429:
    case 502:
    case 503:
    case 504:
      return new CliError(
        `the hub is busy or unavailable (${reason}); try again shortly`,
        EXIT.unreachable,
      );
    default:
      return new CliError(`the hub failed to answer (${reason})`, EXIT.other);
  }
}

/** A GET that answered 2xx, or a CliError saying why not. */
export async function hubGet(target: HubTarget, path: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(`${target.url}${path}`, {
      headers: { authorization: `Bearer ${target.token}` },
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new CliError(
      `cannot reach the hub at ${target.url} (${cause?.code ?? cause?.message ?? (error as Error).message})`,
      EXIT.unreachable,
    );
  }
  if (!response.ok) {
    throw await refusal(response);
  }
  return response;
}

export async function fetchManifest(
  target: HubTarget,
  format: string,
  query: URLSearchParams,
): Promise<FetchedManifest> {
  const response = await hubGet(
    target,
    `/v1/exports/${encodeURIComponent(format)}/manifest?${query.toString()}`,
  );
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new CliError('the hub sent a manifest that is not JSON', EXIT.other);
  }
  const checked = manifestSchema.safeParse(parsed);
  if (!checked.success) {
    throw new CliError('the hub sent a manifest this version cannot read', EXIT.other);
  }
  return { manifest: parsed as ExportManifest, text };
}
