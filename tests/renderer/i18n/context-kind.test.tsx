/**
 * Context kinds are labelled in the reviewer's language however a data set spells them, and a
 * kind Loupe does not know is shown exactly as written (issue 12, point 19: `REFERENCE`).
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SourcePanel } from '../../../renderer/features/review/source-panel';
import { createI18n } from '../../../renderer/i18n/create-i18n';
import { contextKindLabel, KNOWN_CONTEXT_KINDS } from '../../../renderer/i18n/context-kind';
import type { Draft } from '../../../shared/domain/draft';
import { renderInI18n } from '../features/keyboard/render-in-i18n';

afterEach(cleanup);

const zh = createI18n('zh-TW').t;
const en = createI18n('en').t;

describe('context kind labels', () => {
  it('label the kinds real data sets use, whatever the case or separators', () => {
    expect(contextKindLabel('reference', zh)).toBe('參考資料');
    expect(contextKindLabel('REFERENCE', zh)).toBe('參考資料');
    expect(contextKindLabel('Reference', en)).toBe('Reference');
    expect(contextKindLabel('knowledge_base', zh)).toBe('知識庫');
    expect(contextKindLabel('Retrieved passage', zh)).toBe('檢索段落');
    expect(contextKindLabel(' ticket ', zh)).toBe('客服單');
  });

  it('show an unknown kind as written', () => {
    expect(contextKindLabel('lab_result', zh)).toBe('lab_result');
    expect(contextKindLabel('病歷', en)).toBe('病歷');
  });

  it('have a label in both languages for every known kind', () => {
    for (const kind of KNOWN_CONTEXT_KINDS) {
      expect(contextKindLabel(kind, en), kind).not.toContain('review.source');
      expect(contextKindLabel(kind, zh), kind).toMatch(/\p{Script=Han}/u);
    }
  });
});

describe('the source pane', () => {
  const draft = (kinds: string[]): Draft => ({
    id: 'd1',
    projectId: 'p1',
    context: kinds.map((kind, index) => ({ kind, title: `T${index}`, text: 'Body' })),
    draft: 'Hello',
    model: { name: 'm' },
    metadata: {},
    priority: 0,
    createdAt: '2026-01-01T00:00:00.000Z',
  });

  it('labels a REFERENCE in Traditional Chinese and keeps an unknown kind as written', () => {
    renderInI18n(
      <SourcePanel draft={draft(['REFERENCE', 'lab_result'])} activeMatch={null} />,
      'zh-TW',
    );
    expect(screen.getByText('參考資料')).toHaveClass('source-kind');
    expect(screen.queryByText('REFERENCE')).toBeNull();
    // Not upper-cased by the badge style either.
    expect(screen.getByText('lab_result')).toHaveClass('source-kind-as-written');
  });
});
