/**
 * Editing a draft before approving it. The text is written to the local database on every
 * input (see edit-buffer-writer.ts) and kept verbatim: no trimming, no normalisation.
 * Ctrl/Cmd+Enter saves, Escape cancels and keeps the buffer, "Discard changes" drops it.
 */
import { useId, useMemo, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '../../styles/editor.css';
import { isImeEvent } from '../keyboard/keyboard-events';
import { CancelKeyLabel, SaveChordLabel } from '../keyboard/key-label';
import { DraftDiff } from './draft-diff';
import { createEditBufferWriter, type BufferWriteState } from './edit-buffer-writer';
import { useStoredBuffer } from './use-stored-buffer';

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
  const [text, setText] = useState(initialText);
  const [shown, setShown] = useState<ShownState>(restored ? 'restored' : 'idle');
  const writer = useMemo(
    () => createEditBufferWriter(projectId, draftId, setShown),
    [projectId, draftId],
  );

  const onChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    setText(event.target.value);
    writer.write(event.target.value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // An IME uses Enter to commit and Escape to abandon its candidate: those are not ours.
    if (isImeEvent(event.nativeEvent)) {
      return;
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSave(text);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };

  const discard = async () => {
    setText(original);
    await writer.discard();
    setShown('discarded');
  };

  return (
    <div className="draft-editor" onKeyDown={onKeyDown}>
      <label htmlFor={textareaId} className="draft-editor-label">
        {t('editor.label')}
      </label>
      <p id={hintId} className="draft-editor-hint">
        {t('editor.hint.save')} <SaveChordLabel /> · {t('editor.hint.cancel')} <CancelKeyLabel />
      </p>
      <textarea
        id={textareaId}
        className="draft-editor-text"
        value={text}
        onChange={onChange}
        aria-describedby={hintId}
        spellCheck={false}
        // The reviewer opened the editor to type; it only mounts on that request.
        autoFocus
      />
      <div className="draft-editor-bar">
        {/* Not a live region: it changes on every keystroke; errors use role=alert instead. */}
        {shown === 'error' ? (
          <p role="alert" className="draft-editor-state draft-editor-error">
            {t('editor.state.error')}
          </p>
        ) : (
          <p className="draft-editor-state">{shown !== 'idle' && t(`editor.state.${shown}`)}</p>
        )}
        <button type="button" className="button" onClick={() => void discard()}>
          {t('editor.discard')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('editor.cancel')}
        </button>
        <button type="button" className="button button-primary" onClick={() => onSave(text)}>
          {t('editor.save')}
        </button>
      </div>
      <DraftDiff original={original} edited={text} />
    </div>
  );
}
