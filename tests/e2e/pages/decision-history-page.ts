/**
 * Page object for the review screen's "Decisions on this draft" (renderer/features/review/
 * decision-history.tsx): each entry, newest first, as a reviewer reads it — what was done, by
 * whom, and what it said (a lead's verdict, a note).
 */
import type { Locator, Page } from 'playwright-core';
import type { Language } from './first-screen-page';

export const HISTORY_TEXT = {
  en: {
    title: 'Decisions on this draft',
    resolved: 'Resolved',
    tookBack: 'Took a decision back',
    escalated: 'Escalated',
    verdicts: {
      approve: 'The original stands.',
      edit: 'A final text was written.',
      reject: 'The draft was rejected.',
    },
    note: (note: string) => `Note: ${note}`,
  },
  'zh-TW': {
    title: '這份草稿的決定紀錄',
    resolved: '已裁決',
    tookBack: '撤回了決定',
    escalated: '已呈報',
    verdicts: {
      approve: '維持原稿。',
      edit: '已寫下最終文字。',
      reject: '已退回這份草稿。',
    },
    note: (note: string) => `備註：${note}`,
  },
} as const;

/** One entry of the history: the decision's kind (data-kind) and its lines of text. */
export interface HistoryEntry {
  kind: string;
  lines: string[];
}

export class DecisionHistoryPage {
  constructor(
    readonly page: Page,
    readonly language: Language,
  ) {}

  section(): Locator {
    return this.page.getByRole('region', { name: HISTORY_TEXT[this.language].title });
  }

  /** The entries shown, newest first. */
  async entries(): Promise<HistoryEntry[]> {
    return this.section()
      .locator('.decision-history-list > li')
      .evaluateAll((items) =>
        items.map((item) => ({
          kind: item.getAttribute('data-kind') ?? '',
          lines: [...item.querySelectorAll('p')].map((line) => line.textContent?.trim() ?? ''),
        })),
      );
  }
}
