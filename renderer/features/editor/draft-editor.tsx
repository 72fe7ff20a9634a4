/**
 * Editing a draft before approving it. The text is written to the local database on every
 * input (see stores/editing/edit-buffer-writer.ts) and kept verbatim: no trimming, no normalisation.
 * Ctrl/Cmd+Enter saves, Escape cancels and keeps the buffer, "Discard changes" drops it.
 *
 * The textarea is uncontrolled and the typed text lives in a relay, not in React state: a
 * keystroke in a 20 KB draft then costs the browser's own text editing plus the buffer write, and
 * re-renders only the save-state line and the diff (which waits for a pause in typing).
 * A text above LONG_TEXT_CHARS is edited in parts instead (part-editor.tsx, issue 12 point 4):
 * one 1 MB textarea cost seconds of layout. Its whole text is joined and written on a pause.
 */
import {
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import '../../styles/editor.css';
import { isImeEvent } from '../keyboard/keyboard-events';
import { CancelKeyLabel, SaveChordLabel } from '../keyboard/key-label';
import { DraftDiff } from './draft-diff';
import {
  createEditBufferWriter,
  type BufferWriteState,
} from '../../stores/editing/edit-buffer-writer';
import { isLongText } from '../../components/markdown/long-text';
import { LongEditNote } from './long-edit-note';
import { PartEditor } from './part-editor';
import { createPartText } from './part-text';
import { useJoinOnPause } from './use-join-on-pause';
import { useSaveChordOutside } from './use-save-chord-outside';
import { useStoredBuffer } from './use-stored-buffer';
import { createValueRelay, type ValueRelay } from './value-relay';

export interface DraftEditorProps {
  projectId: string;
  draftId: string;
  original: string;
  /** Called with the exact text; the caller records the decision and then clears the buffer. */
  onSave: (finalText: string) => void;
  /** Called on Escape or Cancel; the buffer stays so the text can be resumed. */
  onCancel: () => void;
}

/** The editor for one draft; key it by draft so each draft gets its own state. */
export function DraftEditor(props: DraftEditorProps) {
  const { t } = useTranslation();
  const stored = useStoredBuffer(props.projectId, props.draftId, props.original);
  if (stored.status === 'loading') {
    return (
      <p className="draft-editor-loading" aria-busy="true">
        {t('editor.loading')}
      </p>
    );
  }
  return (
    <DraftEditorForm
      key={`${props.projectId}\u0000${props.draftId}`}
      {...props}
      initialText={stored.text}
      restored={stored.restored}
    />
  );
}

type ShownState = BufferWriteState | 'restored' | 'discarded' | 'idle';

function DraftEditorForm({
  projectId,
  draftId,
  original,
  onSave,
  onCancel,
  initialText,
  restored,
}: DraftEditorProps & { initialText: string; restored: boolean }) {
  const { t } = useTranslation();
  const textareaId = useId();
  const hintId = useId();
  const labelId = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const partsBox = useRef<HTMLDivElement>(null);
  // Decided once: a text that opened long stays in parts while it is edited.
  const [long] = useState(() => isLongText(initialText));
  const [parts] = useState(() => (long ? createPartText(initialText) : null));
  // Counts the times the parts were put back (discard): new parts get new boxes.
  const [round, setRound] = useState(0);
  const [text] = useState(() => createValueRelay(initialText));
  const [shown] = useState(() => createValueRelay<ShownState>(restored ? 'restored' : 'idle'));
  const writer = useMemo(
    () => createEditBufferWriter(projectId, draftId, shown.set),
    [projectId, draftId, shown],
  );

  // `onInput`, not `onChange`: React follows every change event on a textarea by writing its
  // defaultValue back (controlled-state restore), which re-sets 20 KB of text per keystroke.
  const onInput = (event: FormEvent<HTMLTextAreaElement>) => {
    text.set(event.currentTarget.value);
    writer.write(event.currentTarget.value);
  };

  const joined = useJoinOnPause(
    () => parts?.join() ?? text.get(),
    (whole) => {
      text.set(whole);
      writer.write(whole);
    },
  );
  const onPartEdit = () => {
    shown.set('saving');
    joined.edited();
  };

  /** The exact text in the box (or the parts): what the reviewer sees is what gets saved. */
  const typed = () => (parts ? joined.commit() : (textarea.current?.value ?? text.get()));

  const cancel = () => {
    // A long text's last edits may still wait for a pause: write them before closing.
    joined.commit();
    onCancel();
  };

  /**
   * Saves the exact text in the box, once every buffer write has landed: a write still waiting
   * could otherwise commit after the decision cleared the buffer and bring the text back later.
   */
  const save = async () => {
    const text = typed();
    await writer.flush();
    onSave(text);
  };

  const editorBox = useRef<HTMLDivElement>(null);
  useSaveChordOutside(editorBox, () => void save());

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // An IME uses Enter to commit and Escape to abandon its candidate: those are not ours.
    if (isImeEvent(event.nativeEvent)) {
      return;
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      cancel();
    }
  };

  // Read-only while a discard runs: a key typed then would be written and deleted at once.
  const [discarding, setDiscarding] = useState(false);
  const discard = async () => {
    setDiscarding(true);
    if (parts) {
      joined.drop();
      parts.reset(original);
      setRound((before) => before + 1);
    }
    if (textarea.current !== null) {
      textarea.current.value = original;
    }
    text.set(original);
    try {
      await writer.discard();
      shown.set('discarded');
    } catch (error) {
      console.error('Could not discard the edit buffer', error);
      shown.set('error');
    } finally {
      setDiscarding(false);
    }
  };

  return (
    <div ref={editorBox} className="draft-editor" onKeyDown={onKeyDown}>
      <label id={labelId} htmlFor={textareaId} className="draft-editor-label">
        {t('editor.label')}
      </label>
      <p id={hintId} className="draft-editor-hint">
        {t('editor.hint.save')} <SaveChordLabel /> · {t('editor.hint.cancel')} <CancelKeyLabel />
      </p>
      {parts ? (
        <>
          <LongEditNote characters={initialText.length} parts={parts.count} />
          <PartEditor
            key={round}
            parts={parts}
            firstId={textareaId}
            labelId={labelId}
            hintId={hintId}
            readOnly={discarding}
            onEdit={onPartEdit}
            boxRef={partsBox}
          />
        </>
      ) : (
        <textarea
          ref={textarea}
          id={textareaId}
          className="draft-editor-text"
          defaultValue={initialText}
          readOnly={discarding}
          onInput={onInput}
          aria-describedby={hintId}
          spellCheck={false}
          // The reviewer opened the editor to type; it only mounts on that request.
          autoFocus
        />
      )}
      <div className="draft-editor-bar">
        <SaveState relay={shown} />
        <button type="button" className="button" onClick={() => void discard()}>
          {t('editor.discard')}
        </button>
        <button type="button" className="button" onClick={cancel}>
          {t('editor.cancel')}
        </button>
        <button type="button" className="button button-primary" onClick={() => void save()}>
          {t('editor.save')}
        </button>
      </div>
      <LiveDiff original={original} text={text} />
    </div>
  );
}

/** Where the typed text stands (saving, saved on this device, not saved). */
function SaveState({ relay }: { relay: ValueRelay<ShownState> }) {
  const { t } = useTranslation();
  const shown = useSyncExternalStore(relay.subscribe, relay.get);
  // Not a live region: it changes on every keystroke; errors use role=alert instead.
  return shown === 'error' ? (
    <p role="alert" className="draft-editor-state draft-editor-error">
      {t('editor.state.error')}
    </p>
  ) : (
    <p className="draft-editor-state">{shown !== 'idle' && t(`editor.state.${shown}`)}</p>
  );
}

/** The diff panel over the text as typed. */
function LiveDiff({ original, text }: { original: string; text: ValueRelay<string> }) {
  const edited = useSyncExternalStore(text.subscribe, text.get);
  return <DraftDiff original={original} edited={edited} />;
}
