/**
 * The only module that touches `ipcMain` (CONVENTIONS.md §3; lint-enforced). Every handler is
 * registered through {@link createTypedIpcMain}, which checks the sender, parses the request
 * with the contract's zod schema, calls the plain handler, and parses its response — so no
 * handler ever sees an unchecked sender or an unparsed payload (DESIGN.md, Security).
 */
import { ipcMain } from 'electron';
import type { WebContents } from 'electron';
import type { z } from '../../shared/validation/zod';
import {
  eventChannels,
  invokeChannels,
  type EventChannel,
  type EventPayload,
  type InvokeChannel,
  type InvokeResponse,
} from '../../shared/ipc/contract';
import { toSafeMessage } from './ipc-error';
import { checkSender } from './sender-check';

/** The request a handler receives: the schema's parsed output. */
export type HandlerRequest<C extends InvokeChannel> = z.output<
  (typeof invokeChannels)[C]['request']
>;
/** What a handler may return: anything the response schema accepts (`void` for "ok"). */
export type HandlerResponse<C extends InvokeChannel> =
  z.input<(typeof invokeChannels)[C]['response']> extends undefined
    ? void
    : z.input<(typeof invokeChannels)[C]['response']>;
/** Who is calling; handlers use it to scope resources (file handles) to their window. */
export interface HandlerContext {
  sender: WebContents;
}
export type InvokeHandler<C extends InvokeChannel> = (
  request: HandlerRequest<C>,
  context: HandlerContext,
) => Promise<HandlerResponse<C>> | HandlerResponse<C>;

/** Registers checked handlers. */
export interface TypedIpcMain {
  handle<C extends InvokeChannel>(channel: C, handler: InvokeHandler<C>): void;
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) {
    return 'invalid';
  }
  const where = issue.path.length === 0 ? 'request' : issue.path.map(String).join('.');
  return `${where}: ${issue.message}`;
}

/**
 * Creates the registrar. `isTrustedSender` says whether a webContents is one of our windows;
 * `warn` receives refused calls (never sent to the renderer in detail).
 */
export function createTypedIpcMain(
  isTrustedSender: (sender: WebContents) => boolean,
  warn: (message: string, detail?: unknown) => void = console.warn,
): TypedIpcMain {
  return {
    handle(channel, handler) {
      const schemas = invokeChannels[channel] as unknown as {
        request: z.ZodType<HandlerRequest<typeof channel>>;
        response: z.ZodType<InvokeResponse<typeof channel>>;
      };
      ipcMain.handle(channel, async (event, ...args: unknown[]) => {
        const verdict = checkSender(event, isTrustedSender);
        if (!verdict.ok) {
          warn(`Refused ${channel} from an untrusted sender (${verdict.reason})`);
          throw new Error(`Refused ${channel}: ${verdict.reason}`);
        }
        if (args.length > 1) {
          throw new Error(`Invalid request on ${channel}: expected one argument`);
        }
        const request = schemas.request.safeParse(args[0]);
        if (!request.success) {
          throw new Error(`Invalid request on ${channel}: ${describeIssue(request.error)}`);
        }
        let result: unknown;
        try {
          result = await handler(request.data, { sender: event.sender });
        } catch (error) {
          warn(`${channel} failed`, error);
          // No `cause` on purpose: the original error (paths, stack) stays in main.
          // eslint-disable-next-line preserve-caught-error
          throw new Error(toSafeMessage(channel, error));
        }
        const response = schemas.response.safeParse(result);
        if (!response.success) {
          warn(`${channel} returned an invalid response`, response.error);
          throw new Error(`${channel} failed: invalid response`);
        }
        return response.data;
      });
    },
  };
}

/**
 * Sends a contract event to one renderer, after parsing the payload with the event's schema.
 * A destroyed webContents is skipped silently: the window is gone, there is no one to tell.
 */
export function sendEvent<C extends EventChannel>(
  contents: Pick<WebContents, 'send' | 'isDestroyed'>,
  channel: C,
  payload: EventPayload<C>,
): void {
  const parsed = eventChannels[channel].parse(payload);
  if (!contents.isDestroyed()) {
    contents.send(channel, parsed);
  }
}
