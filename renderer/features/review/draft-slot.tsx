/**
 * One draft's workspace, on screen or prepared off screen (issue 12: decision p95 within two
 * frames; painting the next draft was the cost). The workspace renders into an element of its
 * own, which is in the review screen only while the draft is shown. The next draft is rendered
 * ahead into its element outside the document, in a hidden Activity: React renders it at idle
 * priority and runs none of its effects (no key listeners, no reads), and nothing of it is in
 * the page (no duplicate ids, headings or text). J or a decision then moves the element in and
 * reveals it, instead of rendering the draft anew.
 */
import { Activity, useLayoutEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

export interface DraftSlotProps {
  draftId: string;
  /** Whether this is the draft on screen (else it is prepared, out of the document). */
  shown: boolean;
  /** The review screen's element, where a shown workspace goes; null before it is mounted. */
  screen: HTMLElement | null;
  children: ReactNode;
}

/** The workspace of `draftId`, in the screen when `shown`, else prepared out of the document. */
export function DraftSlot({ draftId, shown, screen, children }: DraftSlotProps) {
  // One element per slot (the slot is keyed by draft id); the workspace's DOM lives in it.
  const [host] = useState(() => {
    const element = document.createElement('div');
    element.className = 'draft-workspace';
    element.dataset.draftId = draftId;
    return element;
  });
  useLayoutEffect(() => {
    if (!shown || screen === null) {
      return undefined;
    }
    screen.append(host);
    return () => host.remove();
  }, [shown, screen, host]);
  return <Activity mode={shown ? 'visible' : 'hidden'}>{createPortal(children, host)}</Activity>;
}
