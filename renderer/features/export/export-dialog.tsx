/**
 * File → Export labelled set… (issue 13 point 1): filters, format, split and destination, the
 * counts the choices give before anything is written, then the export with its progress and
 * Cancel, then what was written. Escape closes; while files are being written it asks first
 * whether to cancel the export.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { InlineConfirm } from '../../components/inline-confirm';
import { ModalDialog } from '../../components/modal-dialog';
import { requestKey, useExportStore } from '../../stores/export/export-store';
import { DEFAULT_EXPORT_FORM, formRequest, type ExportForm } from './export-form';
import { ExportDestination } from './export-destination';
import { ExportFilterFields } from './export-filter-fields';
import { ExportFormatFields } from './export-format-fields';
import { ExportPreview } from './export-preview';
import { ExportProgress } from './export-progress';
import { ExportResult } from './export-result';
import { useFocusFirstProblem } from '../projects/use-focus-first-problem';
import '../../styles/export.css';

/** The finished export's Close, focused: the form that had the focus is gone. */
function CloseButton({ onClose, label }: { onClose: () => void; label: string }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <button ref={button} type="button" className="button button-primary" onClick={onClose}>
      {label}
    </button>
  );
}

/** Choices settle for this long before the preview counts again. */
const PREVIEW_DELAY_MS = 250;

export function ExportDialog() {
  const { t } = useTranslation();
  const store = useExportStore(
    useShallow((state) => ({
      projects: state.projects,
      choices: state.choices,
      choicesFailed: state.choicesFailed,
      reviewerNames: state.reviewerNames,
      questions: state.questions,
      runtime: state.runtime,
      preview: state.preview,
      folder: state.folder,
      write: state.write,
    })),
  );
  const actions = useExportStore(
    useShallow((state) => ({
      closeDialog: state.closeDialog,
      updatePreview: state.updatePreview,
      pickFolder: state.pickFolder,
      startExport: state.startExport,
      cancelExport: state.cancelExport,
      again: state.again,
    })),
  );
  const [form, setForm] = useState<ExportForm>(DEFAULT_EXPORT_FORM);
  const [submitted, setSubmitted] = useState(false);
  const [askCancel, setAskCancel] = useState(false);
  const { problems, request } = useMemo(() => formRequest(form, __APP_VERSION__), [form]);
  const key = request === undefined ? null : requestKey(request);
  const writing = store.write.status === 'writing';

  useEffect(() => {
    if (request === undefined || writing) {
      return;
    }
    // Back from an export (or its cancel) with the same choices: the counts still hold.
    const { preview } = useExportStore.getState();
    if (preview.status === 'ready' && preview.key === key) {
      return;
    }
    const timer = setTimeout(() => actions.updatePreview(request), PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
    // `key` stands for `request`: a new object with the same content must not count again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, writing, actions.updatePreview]);

  // The question is only about an export under way; one that ended answers it.
  const asking = askCancel && writing;
  const box = useRef<HTMLDivElement>(null);
  const wasWriting = useRef(false);
  useEffect(() => {
    // Back from the progress view (canceled, failed): the focus it held went with it.
    if (!writing && wasWriting.current && !box.current?.contains(document.activeElement)) {
      box.current?.focus();
    }
    wasWriting.current = writing;
  }, [writing]);

  // A refused Export brings the first marked field into view and focuses it (the message sits
  // by the button, the field may be far up the form), as the project settings do.
  const formRef = useRef<HTMLFormElement>(null);
  const fixFieldsRef = useRef<HTMLParagraphElement>(null);
  const focusFirstProblem = useFocusFirstProblem(formRef, fixFieldsRef);

  const onChange = (patch: Partial<ExportForm>) =>
    setForm((previous) => ({ ...previous, ...patch }));
  const close = () => (writing ? setAskCancel(true) : actions.closeDialog());
  const previewCurrent = store.preview.status === 'ready' && store.preview.key === key;

  const startExport = async () => {
    setSubmitted(true);
    setAskCancel(false);
    if (request === undefined) {
      focusFirstProblem();
      return;
    }
    let folder = store.folder;
    if (folder === null && store.runtime === 'browser') {
      folder = await actions.pickFolder(t('export.destination.title'));
    }
    if (folder !== null) {
      await actions.startExport(request);
    }
  };

  const reviewerName = (id: string) => store.reviewerNames[id] ?? id;
  const write = store.write;

  return (
    <ModalDialog
      title={t('export.title')}
      onClose={close}
      className="export-dialog"
      ref={box}
      inert={asking}
      headerAction={
        writing ? undefined : (
          <button type="button" className="button" onClick={close}>
            {t('export.close')}
          </button>
        )
      }
      overlay={
        asking ? (
          <div className="export-cancel-question">
            <InlineConfirm
              title={t('export.cancelQuestion.title')}
              cancelLabel={t('export.cancelQuestion.keep')}
              confirmLabel={t('export.cancelQuestion.confirm')}
              tone="danger"
              onCancel={() => setAskCancel(false)}
              onConfirm={() => {
                setAskCancel(false);
                actions.cancelExport();
              }}
            >
              <p>{t('export.cancelQuestion.body')}</p>
            </InlineConfirm>
          </div>
        ) : undefined
      }
    >
      {write.status === 'writing' ? (
        <ExportProgress rate={write} onCancel={() => setAskCancel(true)} />
      ) : write.status === 'done' ? (
        <>
          <ExportResult manifest={write.manifest} files={write.files} folder={write.folder} />
          <div className="modal-actions">
            <button type="button" className="button" onClick={actions.again}>
              {t('export.again')}
            </button>
            <CloseButton onClose={actions.closeDialog} label={t('export.close')} />
          </div>
        </>
      ) : (
        <form
          ref={formRef}
          className="export-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void startExport();
          }}
        >
          {store.choicesFailed !== null && (
            <p className="export-problem" role="alert">
              {t('export.choicesFailed', { reason: store.choicesFailed })}
            </p>
          )}
          {write.status === 'canceled' && (
            <p className="export-notice" role="status">
              {t('export.canceled')}
            </p>
          )}
          {write.status === 'failed' && (
            <p className="export-problem" role="alert">
              {write.fileName !== undefined
                ? t('export.failedFile', { file: write.fileName, reason: write.message })
                : t('export.failed', { reason: write.message })}
            </p>
          )}
          <ExportFilterFields
            form={form}
            problems={problems}
            projects={store.projects}
            choices={store.choices}
            reviewerName={reviewerName}
            questions={store.questions}
            onChange={onChange}
          />
          <ExportFormatFields form={form} problems={problems} onChange={onChange} />
          <ExportDestination
            folder={store.folder}
            runtime={store.runtime}
            missing={submitted}
            onPick={() => void actions.pickFolder(t('export.destination.title'))}
          />
          <ExportPreview
            preview={request === undefined ? { status: 'idle' } : store.preview}
            current={previewCurrent}
          />
          {submitted && request === undefined && (
            <p className="export-problem" role="alert" ref={fixFieldsRef} tabIndex={-1}>
              {t('export.problems.fixFields')}
            </p>
          )}
          <div className="modal-actions">
            <button type="submit" className="button button-primary">
              {t('export.start')}
            </button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
