/** What makes a project name acceptable: something visible, and short enough for a title bar. */

export const MAX_PROJECT_NAME_LENGTH = 120;

export type ProjectNameProblem = 'empty' | 'tooLong';

/** The name as it will be stored (surrounding spaces dropped), or why it cannot be used. */
export function checkProjectName(
  name: string,
): { ok: true; name: string } | { ok: false; problem: ProjectNameProblem } {
  const trimmed = name.trim();
  if (trimmed === '') {
    return { ok: false, problem: 'empty' };
  }
  if ([...trimmed].length > MAX_PROJECT_NAME_LENGTH) {
    return { ok: false, problem: 'tooLong' };
  }
  return { ok: true, name: trimmed };
}
