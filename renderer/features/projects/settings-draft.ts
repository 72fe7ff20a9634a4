/**
 * The settings editor's working copy. It keeps what the saved form cannot: a stable React key per
 * item, whether an id is fixed (saved ids are keys in recorded decisions, so they never change),
 * the choices and scale of a question while its kind is switched away and back, and numbers as
 * typed. `settingsFromDraft` turns it into the shape the store checks and saves.
 */
import type { RubricQuestion } from '../../../shared/domain/draft-schema';
import { guidelinesByLanguage, type LocalizedGuidelines } from '../../../shared/domain/guidelines';
import type { ProjectSettings } from '../../../shared/domain/project-settings';

export type QuestionKind = RubricQuestion['kind'];

export const QUESTION_KINDS: readonly QuestionKind[] = ['single', 'multi', 'rating', 'text'];

export interface LabelDraft {
  en: string;
  'zh-TW': string;
}

/** A question, a choice or an escalation reason: an id and a label in both languages. */
export interface ItemDraft {
  key: string;
  id: string;
  /** True once saved: decisions refer to the id, so it can no longer be edited. */
  idFixed: boolean;
  label: LabelDraft;
}

export interface QuestionDraft extends ItemDraft {
  kind: QuestionKind;
  required: boolean;
  /** Kept while the kind is not a choice, so switching back loses nothing. */
  options: ItemDraft[];
  scale: { min: string; max: string };
}

export interface SettingsDraft {
  /** Both languages; a one-string guideline of an older project lands in its language's field. */
  guidelines: LocalizedGuidelines;
  reasons: ItemDraft[];
  questions: QuestionDraft[];
}

let lastKey = 0;
const newKey = () => {
  lastKey += 1;
  return `item-${lastKey}`;
};

const savedItem = (item: { id: string; label: LabelDraft }): ItemDraft => ({
  key: newKey(),
  id: item.id,
  idFixed: true,
  label: { en: item.label.en, 'zh-TW': item.label['zh-TW'] },
});

/** The working copy of saved settings. */
export function draftFromSettings(settings: ProjectSettings): SettingsDraft {
  return {
    guidelines: guidelinesByLanguage(settings.guidelines),
    reasons: settings.escalationReasons.map(savedItem),
    questions: settings.rubric.questions.map((question) => ({
      ...savedItem(question),
      kind: question.kind,
      required: question.required,
      options: (question.options ?? []).map(savedItem),
      scale: {
        min: String(question.scale?.min ?? 1),
        max: String(question.scale?.max ?? 5),
      },
    })),
  };
}

/** A whole number as typed, else NaN (which the settings check reports as a bad scale). */
const wholeNumber = (typed: string) => (/^\s*-?\d+\s*$/.test(typed) ? Number(typed) : Number.NaN);

const itemOf = (item: ItemDraft) => ({
  id: item.id.trim(),
  label: { en: item.label.en.trim(), 'zh-TW': item.label['zh-TW'].trim() },
});

/**
 * The settings to check and save: ids and labels without surrounding spaces, the guidelines
 * verbatim, and only the parts each question kind has.
 */
export function settingsFromDraft(draft: SettingsDraft): ProjectSettings {
  return {
    guidelines: { en: draft.guidelines.en, 'zh-TW': draft.guidelines['zh-TW'] },
    escalationReasons: draft.reasons.map(itemOf),
    rubric: {
      questions: draft.questions.map((question): RubricQuestion => {
        const base = { ...itemOf(question), kind: question.kind, required: question.required };
        if (question.kind === 'single' || question.kind === 'multi') {
          return { ...base, options: question.options.map(itemOf) };
        }
        if (question.kind === 'rating') {
          const scale = {
            min: wholeNumber(question.scale.min),
            max: wholeNumber(question.scale.max),
          };
          return { ...base, scale };
        }
        return base;
      }),
    },
  };
}

/** True when both would save the same settings (the editor's "unsaved changes"). */
export function sameDraft(a: SettingsDraft, b: SettingsDraft): boolean {
  return JSON.stringify(settingsFromDraft(a)) === JSON.stringify(settingsFromDraft(b));
}

/** Marks every id as saved (after a successful save). */
export function fixIds(draft: SettingsDraft): SettingsDraft {
  const fix = <T extends ItemDraft>(item: T): T => ({ ...item, idFixed: true });
  return {
    ...draft,
    reasons: draft.reasons.map(fix),
    questions: draft.questions.map((question) => ({
      ...fix(question),
      options: question.options.map(fix),
    })),
  };
}

/** `prefix-N` with the smallest N that no item uses yet. */
export function unusedId(prefix: string, items: readonly { id: string }[]): string {
  const taken = new Set(items.map((item) => item.id.trim()));
  let number = items.length + 1;
  while (taken.has(`${prefix}-${number}`)) {
    number += 1;
  }
  return `${prefix}-${number}`;
}

const emptyLabel = (): LabelDraft => ({ en: '', 'zh-TW': '' });

/** A new, unsaved item whose id can still be edited. */
export function newItem(prefix: string, siblings: readonly { id: string }[]): ItemDraft {
  return { key: newKey(), id: unusedId(prefix, siblings), idFixed: false, label: emptyLabel() };
}

/** A new single-choice question with one empty choice to fill in. */
export function newQuestion(siblings: readonly { id: string }[]): QuestionDraft {
  return {
    ...newItem('question', siblings),
    kind: 'single',
    required: false,
    options: [newItem('choice', [])],
    scale: { min: '1', max: '5' },
  };
}

/** The question with another kind; a choice kind gets one empty choice if it has none. */
export function withKind(question: QuestionDraft, kind: QuestionKind): QuestionDraft {
  const needsChoice = (kind === 'single' || kind === 'multi') && question.options.length === 0;
  return { ...question, kind, options: needsChoice ? [newItem('choice', [])] : question.options };
}

/** The list with the item at `index` moved `by` places (clamped to the list). */
export function moveItem<T>(items: readonly T[], index: number, by: number): T[] {
  const target = Math.min(items.length - 1, Math.max(0, index + by));
  const next = [...items];
  const [moved] = next.splice(index, 1);
  if (moved !== undefined) {
    next.splice(target, 0, moved);
  }
  return next;
}
