/**
 * The editor for a long draft (part-text.ts): one small <textarea> per part, stacked in one
 * scrolling box so they read as one text. Only the parts near the visible area are put in the
 * page; the others are empty blocks of about their height until the reviewer scrolls near them
 * (as in long-text-view.tsx), so opening 1 MB lays out a screenful. A part once in the page stays
 * there, so the browser's own undo keeps working inside it. Arrow keys at a part's edge carry the
 * caret into the next or previous part. Ctrl/Cmd+Enter and Escape bubble to the editor as before.
 */
import {
  useLayoutEffect,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { estimateWrappedLines } from '../../components/markdown/long-text';
import { useNearScreenParts } from '../../components/use-near-screen-parts';
import type { PartText } from './part-text';

export interface PartEditorProps {
  parts: PartText;
  /** The id the editor's label points at: the first part's box. */
  firstId: string;
  labelId: string;
  hintId: string;
  readOnly: boolean;
  /** A part changed (its text is already in `parts`). */
  onEdit: () => void;
  boxRef: RefObject<HTMLDivElement | null>;
}

/** Parts put in the page at once: more than the box shows. */
const FIRST_PARTS = 2;
/** Columns assumed for the estimated height of a part not laid out yet. */
const ESTIMATE_COLUMNS = 80;
/** How far beyond the visible area a part is put in the page ahead of the reviewer. */
const AHEAD = '100% 0px';

export function PartEditor({
  parts,
  firstId,
  labelId,
  hintId,
  readOnly,
  onEdit,
  boxRef,
}: PartEditorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [heights] = useState(() =>
    Array.from(
      { length: parts.count },
      (_, index) => `${estimateWrappedLines(parts.part(index), ESTIMATE_COLUMNS)}lh`,
    ),
  );
  const [shown, setShown] = useNearScreenParts(boxRef, parts, {
    count: parts.count,
    first: FIRST_PARTS,
    ahead: AHEAD,
    root: 'container',
  });
  // A part to focus once it is in the page: [index, caret at its start or end].
  const pendingFocus = useRef<[number, 'start' | 'end'] | null>(null);

  useLayoutEffect(() => {
    const wanted = pendingFocus.current;
    if (wanted === null || !shown.has(wanted[0])) {
      return;
    }
    pendingFocus.current = null;
    focusPart(boxRef.current, wanted[0], wanted[1]);
  }, [shown, boxRef]);

  const moveTo = (index: number, caret: 'start' | 'end') => {
    if (shown.has(index)) {
      focusPart(boxRef.current, index, caret);
    } else {
      pendingFocus.current = [index, caret];
      setShown((before) => new Set(before).add(index));
    }
  };

  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    const box = event.currentTarget;
    const caretAtStart = box.selectionStart === 0 && box.selectionEnd === 0;
    const caretAtEnd =
      box.selectionStart === box.value.length && box.selectionEnd === box.value.length;
    const forward = event.key === 'ArrowRight' || event.key === 'ArrowDown';
    const back = event.key === 'ArrowLeft' || event.key === 'ArrowUp';
    // Backspace at a part's start and Delete at its end take a character from the next part
    // over, as they would in one text (a cut inside a line must not be a wall).
    if (event.key === 'Backspace' && caretAtStart && shown.has(index - 1)) {
      event.preventDefault();
      deleteAcross(boxRef.current, index - 1, 'backward');
    } else if (event.key === 'Delete' && caretAtEnd && shown.has(index + 1)) {
      event.preventDefault();
      deleteAcross(boxRef.current, index + 1, 'forward');
    } else if (forward && caretAtEnd && index + 1 < parts.count) {
      event.preventDefault();
      moveTo(index + 1, 'start');
    } else if (back && caretAtStart && index > 0) {
      event.preventDefault();
      moveTo(index - 1, 'end');
    }
  };

  const onInput = (index: number) => (event: FormEvent<HTMLTextAreaElement>) => {
    parts.setPart(index, event.currentTarget.value);
    onEdit();
  };

  return (
    <div ref={boxRef} className="draft-parts" aria-describedby={hintId}>
      {heights.map((height, index) =>
        shown.has(index) ? (
          <textarea
            key={index}
            id={index === 0 ? firstId : undefined}
            data-part={index}
            className="draft-part"
            defaultValue={parts.part(index)}
            readOnly={readOnly}
            onInput={onInput(index)}
            onKeyDown={onKeyDown(index)}
            // The first part carries the editor's name; the others say which part they are.
            aria-labelledby={index === 0 ? labelId : undefined}
            aria-label={
              index === 0
                ? undefined
                : t('editor.part', {
                    number: formatCount(language, index + 1),
                    count: formatCount(language, parts.count),
                  })
            }
            aria-describedby={hintId}
            spellCheck={false}
            style={{ containIntrinsicSize: `auto ${height}` }}
            // The reviewer opened the editor to type; it only mounts on that request.
            autoFocus={index === 0}
          />
        ) : (
          // Not laid out yet: an empty block of about its height keeps the scroll bar honest.
          <div
            key={index}
            data-part={index}
            className="draft-part-placeholder"
            style={{ height }}
          />
        ),
      )}
    </div>
  );
}

/** Focuses part `index` in `box` with the caret at its start or end. */
function focusPart(box: HTMLElement | null, index: number, caret: 'start' | 'end') {
  const part = box?.querySelector<HTMLTextAreaElement>(`textarea[data-part="${index}"]`);
  if (part) {
    part.focus();
    const at = caret === 'start' ? 0 : part.value.length;
    part.setSelectionRange(at, at);
  }
}

/**
 * Deletes one character at the near edge of part `index` (its end going backward, its start going
 * forward), through the browser's own editing so it can be undone there and fires `input`.
 */
function deleteAcross(box: HTMLElement | null, index: number, direction: 'backward' | 'forward') {
  const part = box?.querySelector<HTMLTextAreaElement>(`textarea[data-part="${index}"]`);
  if (!part) {
    return;
  }
  const at = direction === 'backward' ? part.value.length : 0;
  part.focus();
  part.setSelectionRange(at, at);
  // execCommand is deprecated but is still the only way to edit a textarea with undo kept.
  const done =
    typeof document.execCommand === 'function' &&
    document.execCommand(direction === 'backward' ? 'delete' : 'forwardDelete');
  if (!done) {
    // Where the browser won't (a test DOM), by hand: one code point, as the key would.
    const chars = Array.from(part.value);
    part.value = (direction === 'backward' ? chars.slice(0, -1) : chars.slice(1)).join('');
    const caret = direction === 'backward' ? part.value.length : 0;
    part.setSelectionRange(caret, caret);
    part.dispatchEvent(new Event('input', { bubbles: true }));
  }
}
