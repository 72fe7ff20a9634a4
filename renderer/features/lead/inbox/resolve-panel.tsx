/**
 * The lead's call on the open row, by mouse or key: accept the original (O), accept a reviewer's
 * edit (1, 2, …), write the final text (W), reject (R) or send back to the queue (B) — with a
 * note, which sending back requires. The store records it; undo (Z) takes it back.
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isKind } from '../../../../shared/domain/decision-event';
import { LEAD_CALL_KEYS, type LeadCallKey } from '../../../stores/keymap/lead-keys';
import type { InboxItem } from '../../../stores/lead/inbox/inbox-item';
import { useLeadInboxStore } from '../../../stores/lead/inbox/lead-inbox-store';
import { headEdits } from '../../../stores/lead/inbox/resolve-choice';
import { KeyLabel } from '../../keyboard/key-label';
import { useInboxKeys } from './use-inbox-keys';

export interface ResolvePanelProps {
  item: InboxItem;
  /** How each reviewer is named, by reviewer id. */
  nameOf: (reviewerId: string) => string;
}

export function ResolvePanel({ item, nameOf }: ResolvePanelProps) {
  const { t } = useTranslation();
  const noteId = useId();
  const finalId = useId();
  const [note, setNote] = useState('');
  const [finalText, setFinalText] = useState<string | null>(null);
  const noteField = useRef<HTMLTextAreaElement>(null);
  const finalField = useRef<HTMLTextAreaElement>(null);
  const saveStatus = useLeadInboxStore((state) => state.saveStatus);
  const errorKey = useLeadInboxStore((state) => state.errorKey);
  const store = useLeadInboxStore.getState;
  const edits = headEdits(item);

  const acceptEdit = (index: number) => {
    const head = edits[index];
    if (head !== undefined) {
      void store().resolve({ kind: 'reviewer-edit', eventId: head.eventId }, note);
    }
  };
  const writeFinal = () => {
    const held = edits[edits.length - 1];
    setFinalText(
      held !== undefined && isKind(held, 'edit') ? held.payload.finalText : item.record.draft.draft,
    );
    // After the textarea has rendered.
    setTimeout(() => finalField.current?.focus(), 0);
  };
  const sendBack = () => {
    if (note.trim() === '') {
      noteField.current?.focus();
    }
    void store().sendBack(note);
  };
  const calls: Record<LeadCallKey, () => void> = {
    acceptOriginal: () => void store().resolve({ kind: 'original' }, note),
    writeFinal,
    reject: () => void store().resolve({ kind: 'reject' }, note),
    sendBack,
    back: () => store().close(),
  };
  useInboxKeys({
    call: (call) => calls[call](),
    acceptEdit,
    move: () => undefined,
    open: () => undefined,
    undo: () => void store().undo(),
  });

  const keyed = (label: string, key: string) => (
    <>
      {label} <KeyLabel keyName={key} />
    </>
  );

  return (
    <section className="inbox-resolve" aria-labelledby={`${noteId}-title`}>
      <h3 id={`${noteId}-title`} className="pane-subtitle">
        {t('lead.inbox.resolve.title')}
      </h3>
      <label htmlFor={noteId}>{t('lead.inbox.resolve.note')}</label>
      <textarea
        id={noteId}
        ref={noteField}
        className="inbox-note"
        rows={2}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      {finalText === null ? null : (
        <div className="inbox-final">
          <label htmlFor={finalId}>{t('lead.inbox.resolve.finalText')}</label>
          <textarea
            id={finalId}
            ref={finalField}
            rows={8}
            value={finalText}
            onChange={(event) => setFinalText(event.target.value)}
            onKeyDown={(event) => {
              // The editor's keys: Ctrl/Cmd+Enter saves, Escape puts the text away.
              if (event.nativeEvent.isComposing) {
                return;
              }
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                void store().resolve({ kind: 'final-text', text: finalText }, note);
              } else if (event.key === 'Escape') {
                event.preventDefault();
                setFinalText(null);
              }
            }}
          />
          <div className="inbox-actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => void store().resolve({ kind: 'final-text', text: finalText }, note)}
            >
              {t('lead.inbox.resolve.saveFinal')}
            </button>
            <button type="button" className="button" onClick={() => setFinalText(null)}>
              {t('lead.inbox.resolve.cancel')}
            </button>
          </div>
        </div>
      )}
      <div className="inbox-actions">
        <button type="button" className="button" onClick={calls.acceptOriginal}>
          {keyed(t('lead.inbox.resolve.acceptOriginal'), LEAD_CALL_KEYS.acceptOriginal)}
        </button>
        {edits.map((head, index) => (
          <button
            key={head.eventId}
            type="button"
            className="button"
            onClick={() => acceptEdit(index)}
          >
            {keyed(
              t('lead.inbox.resolve.acceptEdit', { who: nameOf(head.reviewerId) }),
              String(index + 1),
            )}
          </button>
        ))}
        <button type="button" className="button" onClick={writeFinal}>
          {keyed(t('lead.inbox.resolve.writeFinal'), LEAD_CALL_KEYS.writeFinal)}
        </button>
        <button type="button" className="button" onClick={calls.reject}>
          {keyed(t('lead.inbox.resolve.reject'), LEAD_CALL_KEYS.reject)}
        </button>
        <button type="button" className="button" onClick={sendBack}>
          {keyed(t('lead.inbox.resolve.sendBack'), LEAD_CALL_KEYS.sendBack)}
        </button>
      </div>
      <p className="inbox-save" role="status">
        {errorKey !== null
          ? t(errorKey)
          : saveStatus === 'saving'
            ? t('lead.inbox.resolve.saving')
            : null}
      </p>
    </section>
  );
}
