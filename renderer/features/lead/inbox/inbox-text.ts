/**
 * How the inbox words its values (pure): rubric answers and escalation reasons by the project's
 * own labels, active time through Intl, lists of names through Intl.ListFormat (never joined by
 * hand: the separator differs between English and zh-TW).
 */
import type { LabelValue, Labels } from '../../../../shared/domain/decision-event';
import type { Language } from '../../../../shared/ipc/contract';
import type { ProjectRow } from '../../../db/rows';
import { localized } from '../../rubric/localized';

/** "Alice, Bob and Chen" / "Alice、Bob和Chen", as the language lists things. */
export function formatList(language: Language, items: readonly string[]): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
}

/** Active time as the language says it: seconds under a minute, else minutes. */
export function formatActiveTime(language: Language, activeMs: number): string {
  const seconds = Math.round(activeMs / 1000);
  const [value, unit] = seconds < 60 ? [seconds, 'second'] : [Math.round(seconds / 60), 'minute'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(
    value,
  );
}

/** An escalation reason's label in the project's settings, else its id. */
export function reasonLabel(project: ProjectRow | undefined, id: string, language: Language) {
  const reason = project?.escalationReasons?.find((candidate) => candidate.id === id);
  return reason === undefined ? id : localized(reason.label, language);
}

/** Rubric answers as question/answer text pairs, in the rubric's order, unknown ones after. */
export function labelPairs(
  project: ProjectRow | undefined,
  labels: Labels | undefined,
  language: Language,
): { question: string; answer: string }[] {
  if (labels === undefined) {
    return [];
  }
  const questions = project?.rubric?.questions ?? [];
  const known = new Set(questions.map((question) => question.id));
  const answerText = (id: string, value: LabelValue): string => {
    const question = questions.find((candidate) => candidate.id === id);
    const choice = (choiceId: string) => {
      const option = question?.options?.find((candidate) => candidate.id === choiceId);
      return option === undefined ? choiceId : localized(option.label, language);
    };
    if (Array.isArray(value)) {
      return formatList(language, value.map(choice));
    }
    return typeof value === 'number'
      ? new Intl.NumberFormat(language).format(value)
      : choice(value);
  };
  const ids = [
    ...questions.map((question) => question.id).filter((id) => id in labels),
    ...Object.keys(labels).filter((id) => !known.has(id)),
  ];
  return ids.map((id) => {
    const question = questions.find((candidate) => candidate.id === id);
    const value = labels[id] as LabelValue;
    return {
      question: question === undefined ? id : localized(question.label, language),
      answer: answerText(id, value),
    };
  });
}
