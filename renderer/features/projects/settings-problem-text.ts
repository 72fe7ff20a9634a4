/**
 * Names a refused settings field in the reviewer's words ("Question 2 · English label") and says
 * why, with the limit that was passed where there is one. Paths are those of the settings check
 * (shared/domain/project-settings-check.ts); item numbers count from 1 as the editor shows them.
 */
import type { TFunction } from 'i18next';
import type { SettingsProblem } from '../../../shared/domain/project-settings-check';
import {
  MAX_CHOICES,
  MAX_ESCALATION_REASONS,
  MAX_GUIDELINES_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_RATING_SPAN,
  MAX_RUBRIC_QUESTIONS,
  MAX_SETTINGS_ID_LENGTH,
} from '../../../shared/domain/project-settings';

/** The key a field's inputs use to find their problem: the path joined with dots. */
export const pathKey = (path: readonly (string | number)[]) => path.join('.');

type Part = string | number | undefined;

const isLanguage = (part: Part): part is 'en' | 'zh-TW' => part === 'en' || part === 'zh-TW';

/** The field's name: an i18n key under `projects.settings.fields` and its values. */
function fieldName(path: readonly Part[], t: TFunction): string {
  const [section, first, second, third, fourth, fifth] = path;
  const number = typeof first === 'number' ? first + 1 : undefined;
  const language = (part: Part) =>
    isLanguage(part) ? t(`projects.settings.languages.${part}`) : undefined;
  if (section === 'guidelines') {
    return isLanguage(first)
      ? t('projects.settings.fields.guidelinesIn', { language: language(first) })
      : t('projects.settings.fields.guidelines');
  }
  if (section === 'escalationReasons') {
    if (number === undefined) {
      return t('projects.settings.fields.reasons');
    }
    if (second === 'id') {
      return t('projects.settings.fields.reasonId', { number });
    }
    if (second === 'label' && isLanguage(third)) {
      return t('projects.settings.fields.reasonLabel', { number, language: language(third) });
    }
    return t('projects.settings.fields.reason', { number });
  }
  // rubric.questions.<n>...
  const questionNumber = typeof second === 'number' ? second + 1 : undefined;
  if (questionNumber === undefined) {
    return t('projects.settings.fields.questions');
  }
  const values = { number: questionNumber };
  if (third === 'id') {
    return t('projects.settings.fields.questionId', values);
  }
  if (third === 'label' && isLanguage(fourth)) {
    return t('projects.settings.fields.questionLabel', { ...values, language: language(fourth) });
  }
  if (third === 'scale') {
    return t('projects.settings.fields.scale', values);
  }
  if (third === 'options') {
    if (typeof fourth !== 'number') {
      return t('projects.settings.fields.choices', values);
    }
    const choice = { ...values, choice: fourth + 1 };
    if (fifth === 'id') {
      return t('projects.settings.fields.choiceId', choice);
    }
    const languagePart = path[6];
    if (fifth === 'label' && isLanguage(languagePart)) {
      return t('projects.settings.fields.choiceLabel', {
        ...choice,
        language: language(languagePart),
      });
    }
    return t('projects.settings.fields.choice', choice);
  }
  return t('projects.settings.fields.question', values);
}

/** The limit a "too long" or "too many" refers to at `path`. */
function limitAt(path: readonly Part[]): number {
  const last = path[path.length - 1];
  if (path[0] === 'guidelines') {
    return MAX_GUIDELINES_LENGTH;
  }
  if (last === 'id') {
    return MAX_SETTINGS_ID_LENGTH;
  }
  if (last === 'escalationReasons') {
    return MAX_ESCALATION_REASONS;
  }
  if (last === 'questions') {
    return MAX_RUBRIC_QUESTIONS;
  }
  if (last === 'options') {
    return MAX_CHOICES;
  }
  return MAX_LABEL_LENGTH;
}

/** "Field: reason", in the UI language. */
export function settingsProblemText(problem: SettingsProblem, t: TFunction, locale: string) {
  const max = new Intl.NumberFormat(locale).format(limitAt(problem.path));
  const reason = t(`projects.settings.problems.${problem.problem}`, {
    max,
    span: MAX_RATING_SPAN,
  });
  return t('projects.settings.problem', { field: fieldName(problem.path, t), reason });
}
