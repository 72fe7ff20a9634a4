/**
 * How a clicked http(s) link reaches the system browser. The app shell provides the bridge's
 * opener (stores/links); components/ may not import stores (a lint wall), so the markdown
 * renderer is handed it. Without a provider a link stays inert: it never navigates the app.
 */
import { createContext } from 'react';
import type { OpenExternalResult } from '../../../shared/ipc/contract';

export type OpenLink = (url: string) => Promise<OpenExternalResult>;

export const LinkOpenerContext = createContext<OpenLink | null>(null);
