import { describe, expect, it } from 'vitest';
import { checkProjectName, MAX_PROJECT_NAME_LENGTH } from '../../../shared/domain/project-name';

describe('project names', () => {
  it('drops surrounding spaces and keeps the rest as written', () => {
    expect(checkProjectName('  客服回覆 Q4  ')).toEqual({ ok: true, name: '客服回覆 Q4' });
  });

  it('refuses a blank name and one longer than the limit (counted in characters)', () => {
    expect(checkProjectName(' \u3000 ')).toEqual({ ok: false, problem: 'empty' });
    expect(checkProjectName('字'.repeat(MAX_PROJECT_NAME_LENGTH))).toMatchObject({ ok: true });
    expect(checkProjectName('字'.repeat(MAX_PROJECT_NAME_LENGTH + 1))).toEqual({
      ok: false,
      problem: 'tooLong',
    });
    // Emoji are one character each, though two UTF-16 units.
    expect(checkProjectName('😀'.repeat(MAX_PROJECT_NAME_LENGTH))).toMatchObject({ ok: true });
  });
});
