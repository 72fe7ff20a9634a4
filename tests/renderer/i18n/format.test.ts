import { describe, expect, it } from 'vitest';
import { formatCount, formatDateTime } from '../../../renderer/i18n/format';

describe('Intl formatting', () => {
  it('groups digits the way each language does', () => {
    expect(formatCount('en', 1234567)).toBe('1,234,567');
    expect(formatCount('zh-TW', 1234567)).toBe('1,234,567');
  });

  it('writes dates in each language’s own form', () => {
    const date = new Date(2026, 10, 28, 13, 5);
    expect(formatDateTime('en', date)).toContain('Nov 28, 2026');
    expect(formatDateTime('zh-TW', date)).toContain('2026年11月28日');
  });
});
