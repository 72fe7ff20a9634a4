/**
 * Every number a sentence carries is written with Intl in the UI language, whoever passed it
 * (issue 12, point 19: the counter read `3 / 10786`).
 */
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../renderer/i18n/create-i18n';

describe('numbers in translated sentences', () => {
  it.each(['en', 'zh-TW'] as const)('are grouped in %s', (language) => {
    const { t } = createI18n(language);
    expect(t('review.position', { position: 3, total: 10786 })).toBe('3 / 10,786');
    expect(t('grounding.moreLinks', { count: 12345 })).toContain('12,345');
  });

  it('keep every digit of a fraction, and leave text (already formatted values) alone', () => {
    const { t } = createI18n('zh-TW');
    expect(t('review.judge.score', { score: 0.8765 })).toContain('0.8765');
    expect(t('review.judge.score', { score: 1234.5 })).toContain('1,234.5');
    expect(t('review.position', { position: '1 234', total: 'NT$1,280' })).toBe('1 234 / NT$1,280');
  });

  it('still choose the plural form by the number itself', () => {
    const { t } = createI18n('en');
    expect(t('grounding.moreLinks', { count: 1 })).not.toBe(
      t('grounding.moreLinks', { count: 2000 }),
    );
    expect(t('grounding.moreLinks', { count: 2000 })).toBe('2,000 more matches are not listed.');
  });
});

describe('dates in translated sentences', () => {
  it('are written as the UI language writes them', () => {
    const when = new Date(2026, 10, 28, 13, 5);
    expect(createI18n('zh-TW').t('sync.compact.syncedAgo', { when })).toContain('2026年11月28日');
    expect(createI18n('en').t('sync.compact.syncedAgo', { when })).toContain('Nov 28, 2026');
  });
});
