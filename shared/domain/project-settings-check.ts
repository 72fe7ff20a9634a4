/**
 * Checks settings from the editor before they are saved: the parsed settings, or every refused
 * field with a problem code (never zod's English messages: the editor names the field and the
 * reason in the reviewer's language).
 */
import { canonicalJson } from '../json/canonical-json';
import type { z } from '../validation/zod';
import { rubricQuestionSchema } from './draft-schema';
import { guidelinesByLanguage } from './guidelines';
import {
  projectSettingsSchema,
  SETTINGS_PROBLEM_CODES,
  type ProjectSettings,
  type SettingsProblemCode,
} from './project-settings';

/** One refused field: where (e.g. `['rubric', 'questions', 2, 'label', 'en']`) and why. */
export interface SettingsProblem {
  path: (string | number)[];
  problem: SettingsProblemCode;
}

export type SettingsCheck =
  { ok: true; settings: ProjectSettings } | { ok: false; problems: SettingsProblem[] };

/** Parses `input` with {@link projectSettingsSchema}; at most one problem per field. */
export function checkProjectSettings(input: unknown): SettingsCheck {
  const parsed = projectSettingsSchema.safeParse(input);
  if (parsed.success) {
    // Belt and braces: the review screen reads questions with the shared rubric schema, so a
    // question that passed the stricter rules here but not that schema must never be stored.
    const unreadable = parsed.data.rubric.questions.flatMap((question, index) =>
      rubricQuestionSchema.safeParse(question).success
        ? []
        : [{ path: ['rubric', 'questions', index], problem: 'invalid' as const }],
    );
    return unreadable.length === 0
      ? { ok: true, settings: parsed.data }
      : { ok: false, problems: unreadable };
  }
  const problems: SettingsProblem[] = [];
  const seen = new Set<string>();
  for (const issue of parsed.error.issues) {
    const path = issue.path.filter(
      (key): key is string | number => typeof key === 'string' || typeof key === 'number',
    );
    const where = path.join('.');
    // An empty id fails both "blank" and the id pattern: the first reason is the useful one.
    if (!seen.has(where)) {
      seen.add(where);
      problems.push({ path, problem: problemOf(issue, path) });
    }
  }
  return { ok: false, problems };
}

/**
 * True when both hold the same settings, whatever the key order of their objects. Guidelines are
 * compared by language, so a one-string guideline saved again unchanged (the editor always sends
 * both languages) is no new version.
 */
export function sameSettings(a: ProjectSettings, b: ProjectSettings): boolean {
  const comparable = (settings: ProjectSettings) => ({
    ...settings,
    guidelines: guidelinesByLanguage(settings.guidelines),
  });
  return canonicalJson(comparable(a)) === canonicalJson(comparable(b));
}

const isCode = (message: string): message is SettingsProblemCode =>
  (SETTINGS_PROBLEM_CODES as readonly string[]).includes(message);

function problemOf(issue: z.core.$ZodIssue, path: (string | number)[]): SettingsProblemCode {
  if (isCode(issue.message)) {
    return issue.message;
  }
  if (path.includes('scale')) {
    return 'badScale'; // not a whole number, or outside the allowed range
  }
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' ? 'blank' : 'invalid';
    case 'too_big':
      return issue.origin === 'array' ? 'tooMany' : 'tooLong';
    case 'invalid_format':
      return 'badId';
    default:
      return 'invalid';
  }
}
