/**
 * The mapping screen's body (issue 4, point 2): one labelled select per draft field, offering the
 * file's field paths (nested ones as `metadata.model`), and the first rows as they will be
 * imported, each with its problem if it has one (a row holding an invalid byte sequence shows its
 * text, U+FFFD where the bytes are bad, and is marked: it will not be imported; a span that does
 * not fit its draft is named too). With a spans field mapped, the unit of its offsets is asked.
 * Controlled: the caller holds the mapping (the suggestion at first, the project's remembered
 * mapping when there is one).
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DRAFT_TARGETS,
  type DraftTarget,
  type FieldMapping,
} from '../../../shared/import/field-mapping';
import { recordToDraft } from '../../../shared/import/record-to-draft';
import { problemReason } from './problem-reason';
import { SpanUnitSelect } from './span-unit-select';
import '../../styles/import.css';

export interface MappingFormProps {
  /** Field paths found in the file's first rows. */
  paths: readonly string[];
  /** The file's first rows, as parsed. */
  samples: readonly Record<string, unknown>[];
  mapping: FieldMapping;
  onChange: (mapping: FieldMapping) => void;
  /** The createdAt the preview gives rows without one. */
  now: string;
  /** For each sample, the reasons of the invalid byte sequences it holds. */
  sampleProblems?: readonly (readonly string[])[];
}

const REQUIRED: ReadonlySet<DraftTarget> = new Set(['draft']);

export function MappingForm({
  paths,
  samples,
  mapping,
  onChange,
  now,
  sampleProblems = [],
}: MappingFormProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const previewId = useId();
  const preview = useMemo(
    () => samples.map((record, index) => recordToDraft(record, index + 1, mapping, now)),
    [samples, mapping, now],
  );

  const choose = (target: DraftTarget, path: string) => {
    const { [target]: _old, ...rest } = mapping;
    onChange(path === '' ? rest : { ...rest, [target]: path });
  };

  return (
    <section className="import-mapping" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('import.mapping.title')}</h2>
      <p className="import-mapping-intro">{t('import.mapping.intro')}</p>
      <div className="import-mapping-fields">
        {DRAFT_TARGETS.map((target) => (
          <TargetSelect
            key={target}
            target={target}
            paths={paths}
            value={mapping[target] ?? ''}
            required={REQUIRED.has(target)}
            onChoose={(path) => choose(target, path)}
          />
        ))}
        {mapping.spans !== undefined && (
          <SpanUnitSelect
            unit={mapping.spansUnit ?? 'utf-16'}
            onChoose={(spansUnit) => onChange({ ...mapping, spansUnit })}
          />
        )}
      </div>
      <h3 id={previewId}>{t('import.mapping.previewTitle')}</h3>
      {samples.length === 0 ? (
        <p>{t('import.mapping.noRows')}</p>
      ) : (
        <table className="import-preview" aria-labelledby={previewId}>
          <thead>
            <tr>
              <th scope="col">{t('import.mapping.previewRow')}</th>
              <th scope="col">{t('import.mapping.previewId')}</th>
              <th scope="col">{t('import.mapping.previewDraft')}</th>
              <th scope="col">{t('import.mapping.previewModel')}</th>
              <th scope="col">{t('import.mapping.previewProblem')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.map((outcome, index) => {
              const problems = [
                ...(sampleProblems[index] ?? []).map((reason) => ({ field: null, reason })),
                ...(outcome.ok ? outcome.notes : outcome.problems),
              ];
              const problemText = problems
                .map((problem) =>
                  t('import.mapping.problem', {
                    field: problem.field ?? '—',
                    reason: problemReason(t, problem.reason),
                  }),
                )
                .join('; ');
              return (
                <tr key={index}>
                  <td>{index + 1}</td>
                  {outcome.ok ? (
                    <>
                      <td>{outcome.draft.id}</td>
                      {/* Untrusted text: shown as React text, never parsed. */}
                      <td className="import-preview-draft">{outcome.draft.draft.slice(0, 200)}</td>
                      <td>{outcome.draft.model.name}</td>
                      {problems.length === 0 ? (
                        <td>{t('import.mapping.previewOk')}</td>
                      ) : (
                        <td className="import-preview-problem">{problemText}</td>
                      )}
                    </>
                  ) : (
                    <>
                      <td />
                      <td />
                      <td />
                      <td className="import-preview-problem">{problemText}</td>
                    </>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

interface TargetSelectProps {
  target: DraftTarget;
  paths: readonly string[];
  value: string;
  required: boolean;
  onChoose: (path: string) => void;
}

function TargetSelect({ target, paths, value, required, onChoose }: TargetSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="import-mapping-field">
      <label htmlFor={id}>
        {t(`import.mapping.target.${target}`)}
        {required && <span className="import-required"> ({t('import.mapping.required')})</span>}
      </label>
      <select id={id} value={value} onChange={(event) => onChoose(event.target.value)}>
        <option value="">{t('import.mapping.notMapped')}</option>
        {paths.map((path) => (
          <option key={path} value={path}>
            {path}
          </option>
        ))}
      </select>
    </div>
  );
}
