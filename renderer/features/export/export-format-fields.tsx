/** The export's shape: the format (nine, each said in one line), the split, non-gold records. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS } from '../../../shared/export';
import { canIncludeAll, type ExportForm, type FormProblems } from './export-form';

export function ExportFormatFields({
  form,
  problems,
  onChange,
}: {
  form: ExportForm;
  problems: FormProblems;
  onChange: (patch: Partial<ExportForm>) => void;
}) {
  const { t } = useTranslation();
  const ids = { percent: useId(), salt: useId(), percentProblem: useId(), allHint: useId() };
  const includeAllPossible = canIncludeAll(form.format);
  return (
    <>
      <fieldset className="export-section">
        <legend className="export-section-title">{t('export.format.title')}</legend>
        <div className="export-format-options">
          {EXPORT_FORMATS.map((format) => (
            <label key={format} className="export-format-option">
              <input
                type="radio"
                name="export-format"
                value={format}
                checked={form.format === format}
                onChange={() => onChange({ format })}
              />
              <span>
                <code>{format}</code> {t(`export.format.describe.${format}`)}
              </span>
            </label>
          ))}
        </div>
        <label className="export-check">
          <input
            type="checkbox"
            checked={includeAllPossible && form.includeAll}
            disabled={!includeAllPossible}
            aria-describedby={ids.allHint}
            onChange={(event) => onChange({ includeAll: event.target.checked })}
          />
          <span>{t('export.format.includeAll')}</span>
        </label>
        <p id={ids.allHint} className="export-hint">
          {includeAllPossible ? t('export.format.includeAllHint') : t('export.format.goldOnly')}
        </p>
      </fieldset>
      <fieldset className="export-section">
        <legend className="export-section-title">{t('export.split.title')}</legend>
        <label className="export-check">
          <input
            type="checkbox"
            checked={form.split}
            onChange={(event) => onChange({ split: event.target.checked })}
          />
          <span>{t('export.split.on')}</span>
        </label>
        {form.split && (
          <div className="export-split-fields">
            <label htmlFor={ids.percent}>{t('export.split.testPercent')}</label>
            <input
              id={ids.percent}
              inputMode="decimal"
              className="export-percent"
              value={form.testPercent}
              aria-invalid={problems.testPercent !== undefined}
              aria-describedby={problems.testPercent !== undefined ? ids.percentProblem : undefined}
              onChange={(event) => onChange({ testPercent: event.target.value })}
            />
            <label htmlFor={ids.salt}>{t('export.split.salt')}</label>
            <input
              id={ids.salt}
              value={form.salt}
              onChange={(event) => onChange({ salt: event.target.value })}
            />
            {problems.testPercent !== undefined && (
              <p id={ids.percentProblem} className="export-problem">
                {t(`export.problems.${problems.testPercent}`)}
              </p>
            )}
            <p className="export-hint">{t('export.split.hint')}</p>
          </div>
        )}
      </fieldset>
    </>
  );
}
