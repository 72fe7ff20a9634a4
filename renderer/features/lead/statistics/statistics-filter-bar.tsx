/** The statistics filters: a date range and one value (or all) per facet. */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatisticsChoices } from '../../../stores/lead/statistics/statistics-choices';
import type {
  StatisticsFacet,
  StatisticsForm,
} from '../../../stores/lead/statistics/statistics-filters';
import { useTeamLabel } from '../reviewer-names';
import { promptVersionLabel } from './statistics-format';

function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="stats-field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

export interface StatisticsFilterBarProps {
  form: StatisticsForm;
  choices: StatisticsChoices;
  onChange: (patch: Partial<StatisticsForm>) => void;
  onReset: () => void;
}

export function StatisticsFilterBar({
  form,
  choices,
  onChange,
  onReset,
}: StatisticsFilterBarProps) {
  const { t } = useTranslation();
  const nameOf = useTeamLabel();
  const options: Record<StatisticsFacet, { value: string; label: string }[]> = {
    project: choices.projects.map((value) => ({ value, label: value })),
    model: choices.models.map((value) => ({ value, label: value })),
    modelVersion: choices.modelVersions.map((value) => ({ value, label: value })),
    promptVersion: choices.promptVersions.map((value) => ({
      value,
      label: promptVersionLabel(t, value),
    })),
    reviewer: choices.reviewers.map((value) => ({ value, label: nameOf(value) })),
    guidelinesVersion: choices.guidelinesVersions.map((value) => ({
      value: String(value),
      label: t('statistics.guidelinesVersion', { version: value }),
    })),
  };
  const facets = Object.keys(options) as StatisticsFacet[];

  return (
    <fieldset className="stats-filters">
      <legend>{t('statistics.filters.title')}</legend>
      <Field label={t('statistics.filters.from')}>
        {(id) => (
          <input
            id={id}
            type="date"
            value={form.from}
            min={choices.firstDay ?? undefined}
            max={choices.lastDay ?? undefined}
            onChange={(event) => onChange({ from: event.target.value })}
          />
        )}
      </Field>
      <Field label={t('statistics.filters.to')}>
        {(id) => (
          <input
            id={id}
            type="date"
            value={form.to}
            min={choices.firstDay ?? undefined}
            max={choices.lastDay ?? undefined}
            onChange={(event) => onChange({ to: event.target.value })}
          />
        )}
      </Field>
      {facets.map((facet) => (
        <Field key={facet} label={t(`statistics.filters.${facet}`)}>
          {(id) => (
            <select
              id={id}
              value={form[facet]}
              onChange={(event) => onChange({ [facet]: event.target.value })}
            >
              <option value="">{t('statistics.filters.all')}</option>
              {options[facet].map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      ))}
      <div className="stats-filters-reset">
        <button type="button" className="button" onClick={onReset}>
          {t('statistics.filters.reset')}
        </button>
      </div>
    </fieldset>
  );
}
