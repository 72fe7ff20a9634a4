/**
 * What the offsets of a file's span annotations count (issue 12, point 6): benchmark data written
 * in Python counts code points, tokenisers count UTF-8 bytes, JavaScript counts UTF-16 code units.
 * The wrong unit puts every span after the first non-ASCII character in the wrong place, which
 * the check then reports (the spans carry their text, or fall outside the draft).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SPAN_UNITS, type SpanUnit } from '../../../shared/import/span-annotations';

export function SpanUnitSelect({
  unit,
  onChoose,
}: {
  unit: SpanUnit;
  onChoose: (unit: SpanUnit) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="import-mapping-field">
      <label htmlFor={id}>{t('import.mapping.spansUnit.label')}</label>
      <select id={id} value={unit} onChange={(event) => onChoose(event.target.value as SpanUnit)}>
        {SPAN_UNITS.map((each) => (
          <option key={each} value={each}>
            {t(`import.mapping.spansUnit.${each}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
