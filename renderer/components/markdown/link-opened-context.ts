/** Carries SafeMarkdown's `onLinkOpened` to its links without rebuilding the rendered tree. */
import { createContext } from 'react';
import type { OpenExternalResult } from '../../../shared/ipc/contract';

/** Told, after a reviewer clicks a link, whether the system browser opened it. */
export type LinkOpenedListener = (url: string, result: OpenExternalResult) => void;

/** The listener of the nearest SafeMarkdown, if it has one. */
export const LinkOpenedContext = createContext<LinkOpenedListener | undefined>(undefined);
