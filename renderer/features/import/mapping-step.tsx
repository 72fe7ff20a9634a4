/**
 * The import's second step: where the drafts go, how the file is read (format and encoding, as
 * detected unless the reviewer says otherwise), the field mapping with its preview, and the
 * button that checks the whole file.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { TextEncodingName } from '../../../shared/import/encoding-name';
import type { ImportFormat } from '../../../shared/import/import-run';
import { useImportStore } from '../../stores/import/import-store';
import { useProjectsStore } from '../../stores/projects/projects-store';
import { MappingForm } from './mapping-form';
import { PreviewNotices } from './preview-notices';
import { problemReason } from './problem-reason';

const FORMATS: readonly ImportFormat[] = ['jsonl', 'json', 'csv', 'csv-cr'];
const ENCODINGS: readonly TextEncodingName[] = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'big5',
  'windows-1252',
];
const NEW_PROJECT = '\u0000new';

export function MappingStep() {
  const { t } = useTranslation();
  const ids = { target: useId(), name: useId(), format: useId(), encoding: useId() };
  const state = useImportStore(
    useShallow((s) => ({
      preview: s.preview,
      format: s.format,
      encoding: s.encoding,
      mapping: s.mapping,
      target: s.target,
      setFormat: s.setFormat,
      setEncoding: s.setEncoding,
      setMapping: s.setMapping,
      setTarget: s.setTarget,
      check: s.check,
      chooseFile: s.chooseFile,
    })),
  );
  const projects = useProjectsStore((s) => s.projects);
  const now = useMemo(() => new Date().toISOString(), []);
  const { preview, target } = state;
  const detectedFormat = preview?.format ?? 'jsonl';
  const detected = preview?.ok === true ? preview.detected : null;
  const canCheck =
    preview?.ok === true &&
    state.mapping.draft !== undefined &&
    target !== null &&
    (target.kind === 'existing' || target.name.trim() !== '');

  return (
    <div className="import-mapping-step">
      <div className="import-read-options">
        <div className="import-option">
          <label htmlFor={ids.target}>{t('import.target.label')}</label>
          <select
            id={ids.target}
            value={target?.kind === 'existing' ? target.projectId : NEW_PROJECT}
            onChange={(event) =>
              state.setTarget(
                event.target.value === NEW_PROJECT
                  ? { kind: 'new', name: '' }
                  : { kind: 'existing', projectId: event.target.value },
              )
            }
          >
            {projects.map((project) => (
              <option key={project.id} value={project.id}>
                {project.name}
              </option>
            ))}
            <option value={NEW_PROJECT}>{t('import.target.new')}</option>
          </select>
        </div>
        {target?.kind !== 'existing' && (
          <div className="import-option">
            <label htmlFor={ids.name}>{t('import.target.newName')}</label>
            <input
              id={ids.name}
              type="text"
              maxLength={200}
              value={target?.name ?? ''}
              onChange={(event) => state.setTarget({ kind: 'new', name: event.target.value })}
            />
          </div>
        )}
        <div className="import-option">
          <label htmlFor={ids.format}>{t('import.format.label')}</label>
          <select
            id={ids.format}
            value={state.format ?? ''}
            onChange={(event) =>
              state.setFormat(
                event.target.value === '' ? null : (event.target.value as ImportFormat),
              )
            }
          >
            <option value="">
              {t('import.format.detected', { format: t(`import.format.${detectedFormat}`) })}
            </option>
            {FORMATS.map((format) => (
              <option key={format} value={format}>
                {t(`import.format.${format}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="import-option">
          <label htmlFor={ids.encoding}>{t('import.encoding.label')}</label>
          <select
            id={ids.encoding}
            value={state.encoding ?? ''}
            onChange={(event) =>
              state.setEncoding(
                event.target.value === '' ? null : (event.target.value as TextEncodingName),
              )
            }
          >
            <option value="">
              {detected === null
                ? t('import.encoding.detected', { encoding: '—' })
                : t('import.encoding.detectedHow', {
                    encoding: t(`import.encoding.${detected.encoding}`),
                    confidence: t(`import.encoding.confidence.${detected.confidence}`),
                  })}
            </option>
            {ENCODINGS.map((encoding) => (
              <option key={encoding} value={encoding}>
                {t(`import.encoding.${encoding}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {preview?.ok === false ? (
        <p className="notice import-problem-notice" role="alert">
          {t('import.previewFailed', { reason: problemReason(t, preview.reason) })}
          {preview.suggestedEncoding !== undefined &&
            ` ${t('import.suggestedEncoding', {
              encoding: t(`import.encoding.${preview.suggestedEncoding}`),
            })}`}
        </p>
      ) : (
        preview !== null && (
          <>
            <PreviewNotices preview={preview} encodingChosen={state.encoding !== null} />
            <MappingForm
              paths={preview.paths}
              samples={preview.samples}
              sampleProblems={preview.sampleProblems}
              mapping={state.mapping}
              onChange={state.setMapping}
              now={now}
            />
          </>
        )
      )}
      <div className="import-actions">
        {preview?.ok === true && state.mapping.draft === undefined && (
          <p className="import-hint">{t('import.needDraft')}</p>
        )}
        <button
          type="button"
          className="button button-primary"
          disabled={!canCheck}
          onClick={() => void state.check()}
        >
          {t('import.checkButton')}
        </button>
        {/* The file may be the wrong one (a failed preview above all): replace it here. */}
        <button type="button" className="button" onClick={() => void state.chooseFile()}>
          {t('import.chooseAnother')}
        </button>
      </div>
    </div>
  );
}
