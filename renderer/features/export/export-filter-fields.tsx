/** The export dialog's filters: projects, date range, decisions, model, versions, reviewers, labels. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RubricQuestion } from '../../../shared/domain/draft-schema';
import { RECORD_DECISIONS } from '../../../shared/export';
import type { ExportChoices, ExportProjectChoice } from '../../stores/export/export-store';
import { ChoiceList } from './choice-list';
import { labelFilterText } from './label-filter-text';
import type { ExportForm, FormProblems } from './export-form';

export interface FilterFieldsProps {
  form: ExportForm;
  problems: FormProblems;
  projects: readonly ExportProjectChoice[];
  choices: ExportChoices | null;
  reviewerName: (id: string) => string;
  questions: readonly RubricQuestion[];
  onChange: (patch: Partial<ExportForm>) => void;
}

const plain = <T extends string | number>(values: readonly T[]) =>
  values.map((value) => ({ value, label: String(value) }));

export function ExportFilterFields(props: FilterFieldsProps) {
  const { form, problems, choices, onChange } = props;
  const { t, i18n } = useTranslation();
  const ids = { from: useId(), to: useId(), fromProblem: useId(), toProblem: useId() };
  return (
    <fieldset className="export-section">
      <legend className="export-section-title">{t('export.filters.title')}</legend>
      <p className="export-hint">{t('export.filters.hint')}</p>
      <div className="export-filter-grid">
        <ChoiceList
          legend={t('export.filters.projects')}
          choices={props.projects.map((project) => ({ value: project.id, label: project.name }))}
          selected={form.projects}
          onChange={(projects) => onChange({ projects })}
        />
        <fieldset className="export-choice-list">
          <legend>{t('export.filters.dates')}</legend>
          <label htmlFor={ids.from}>{t('export.filters.from')}</label>
          <input
            id={ids.from}
            type="date"
            value={form.from}
            aria-invalid={problems.from !== undefined}
            aria-describedby={problems.from !== undefined ? ids.fromProblem : undefined}
            onChange={(event) => onChange({ from: event.target.value })}
          />
          {problems.from !== undefined && (
            <p id={ids.fromProblem} className="export-problem">
              {t(`export.problems.${problems.from}`)}
            </p>
          )}
          <label htmlFor={ids.to}>{t('export.filters.to')}</label>
          <input
            id={ids.to}
            type="date"
            value={form.to}
            aria-invalid={problems.to !== undefined}
            aria-describedby={problems.to !== undefined ? ids.toProblem : undefined}
            onChange={(event) => onChange({ to: event.target.value })}
          />
          {problems.to !== undefined && (
            <p id={ids.toProblem} className="export-problem">
              {t(`export.problems.${problems.to}`)}
            </p>
          )}
          <p className="export-hint">{t('export.filters.datesHint')}</p>
        </fieldset>
        <ChoiceList
          legend={t('export.filters.decisions')}
          choices={RECORD_DECISIONS.map((decision) => ({
            value: decision,
            label: t(`export.decision.${decision}`),
          }))}
          selected={form.decisions}
          onChange={(decisions) => onChange({ decisions })}
        />
        <ChoiceList
          legend={t('export.filters.models')}
          reading={choices === null}
          choices={plain(choices?.models ?? [])}
          selected={form.models}
          onChange={(models) => onChange({ models })}
        />
        <ChoiceList
          legend={t('export.filters.modelVersions')}
          reading={choices === null}
          choices={plain(choices?.modelVersions ?? [])}
          selected={form.modelVersions}
          onChange={(modelVersions) => onChange({ modelVersions })}
        />
        <ChoiceList
          legend={t('export.filters.promptVersions')}
          reading={choices === null}
          choices={plain(choices?.promptVersions ?? [])}
          selected={form.promptVersions}
          onChange={(promptVersions) => onChange({ promptVersions })}
        />
        <ChoiceList
          legend={t('export.filters.guidelinesVersions')}
          reading={choices === null}
          choices={(choices?.guidelinesVersions ?? []).map((version) => ({
            value: version,
            label: t('export.filters.guidelinesVersion', { version }),
          }))}
          selected={form.guidelinesVersions}
          onChange={(guidelinesVersions) => onChange({ guidelinesVersions })}
        />
        <ChoiceList
          legend={t('export.filters.reviewers')}
          reading={choices === null}
          choices={(choices?.reviewers ?? []).map((id) => ({
            value: id,
            label: props.reviewerName(id),
          }))}
          selected={form.reviewers}
          onChange={(reviewers) => onChange({ reviewers })}
        />
        <ChoiceList
          legend={t('export.filters.labels')}
          reading={choices === null}
          choices={(choices?.labels ?? []).map(({ question, value }) => ({
            value: `${question}=${value}`,
            label: labelFilterText(props.questions, question, value, i18n.language),
          }))}
          selected={form.labels}
          onChange={(labels) => onChange({ labels })}
        />
      </div>
    </fieldset>
  );
}
