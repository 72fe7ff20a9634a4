/**
 * One filter of the export dialog: a group of checkboxes, one per value the store holds. None
 * ticked means "any" (the filter does not narrow), as the export filters define it.
 */
import { useTranslation } from 'react-i18next';

export interface Choice<T extends string | number> {
  value: T;
  label: string;
}

export function ChoiceList<T extends string | number>({
  legend,
  choices,
  selected,
  onChange,
  reading = false,
}: {
  legend: string;
  /** The values are still being read (the first preview gathers them). */
  reading?: boolean;
  choices: readonly Choice<T>[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
}) {
  const { t } = useTranslation();
  const toggle = (value: T, on: boolean) =>
    onChange(on ? [...selected, value] : selected.filter((item) => item !== value));
  return (
    <fieldset className="export-choice-list">
      <legend>{legend}</legend>
      {choices.length === 0 ? (
        <p className="export-hint">
          {reading ? t('export.filters.reading') : t('export.filters.noneStored')}
        </p>
      ) : (
        <div className="export-choice-options">
          {choices.map((choice) => (
            <label key={String(choice.value)} className="export-check">
              <input
                type="checkbox"
                checked={selected.includes(choice.value)}
                onChange={(event) => toggle(choice.value, event.target.checked)}
              />
              <span>{choice.label}</span>
            </label>
          ))}
        </div>
      )}
      {choices.length > 0 && (
        <p className="export-hint">
          {selected.length === 0
            ? t('export.filters.any')
            : t('export.filters.selected', { count: selected.length })}
        </p>
      )}
    </fieldset>
  );
}
