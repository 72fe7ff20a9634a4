/**
 * Captures the next key press for the settings table. Listens on window in the capture phase
 * and swallows the keys, so a captured A neither approves a draft nor types anywhere.
 */
import { useEffect, useRef } from 'react';
import { isModifierKey } from '../../stores/keymap/keymap-keys';
import { hasCommandModifier, isImeEvent } from './keyboard-events';

/** What the reviewer pressed while capturing. */
export type CapturedKey =
  | { kind: 'key'; key: string }
  | { kind: 'cancel' }
  /** Ctrl, Cmd or Alt held with a key: shortcuts never use those chords. */
  | { kind: 'chord' };

/**
 * While `active`, reports the next key to `onCapture`. A modifier pressed alone is reported on
 * its release, so Shift + / can still produce `?` on a US layout.
 */
export function useKeyCapture(active: boolean, onCapture: (captured: CapturedKey) => void) {
  const onCaptureRef = useRef(onCapture);
  useEffect(() => {
    onCaptureRef.current = onCapture;
  });

  useEffect(() => {
    if (!active) {
      return undefined;
    }
    let lonelyModifier: string | null = null;
    const onKeyDown = (event: KeyboardEvent) => {
      event.preventDefault();
      event.stopPropagation();
      if (isImeEvent(event) || event.repeat) {
        return;
      }
      if (isModifierKey(event.key)) {
        lonelyModifier = event.key;
        return;
      }
      lonelyModifier = null;
      if (event.key === 'Escape') {
        onCaptureRef.current({ kind: 'cancel' });
      } else if (hasCommandModifier(event)) {
        onCaptureRef.current({ kind: 'chord' });
      } else {
        onCaptureRef.current({ kind: 'key', key: event.key });
      }
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (lonelyModifier !== null && event.key === lonelyModifier) {
        onCaptureRef.current({ kind: 'key', key: lonelyModifier });
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('keyup', onKeyUp, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('keyup', onKeyUp, true);
    };
  }, [active]);
}
