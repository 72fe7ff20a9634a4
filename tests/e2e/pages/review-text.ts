/**
 * The strings the review flow's page objects look for, per language (the locale files' texts),
 * so a locator finds a control by its role and accessible name as a reviewer would.
 */
import type { Language } from './first-screen-page';

export type ReviewStatus = 'pending' | 'approved' | 'edited' | 'escalated';

export const REVIEW_TEXT = {
  en: {
    nameLabel: 'Your display name',
    backToQueue: 'Back to queue',
    start: 'Start reviewing',
    loadDemo: 'Load the demo queue',
    list: 'Drafts',
    summary: 'Queue summary',
    queueStatus: {
      pending: 'Pending',
      approved: 'Approved',
      edited: 'Edited',
      escalated: 'Escalated',
    },
    reviewStatus: {
      pending: 'Pending',
      approved: 'Approved',
      edited: 'Edited',
      escalated: 'Escalated',
    },
    toolbar: 'Decisions',
    saved: 'Saved',
    rating: 'Overall quality of the original draft',
    editor: 'Edited draft',
    editorSaved: 'Saved locally',
    editorRestored: 'Restored your unsaved text from this device',
    escalateTitle: 'Escalate this draft',
    reason: 'Reason',
    note: 'Note for the lead',
  },
  'zh-TW': {
    nameLabel: '您的顯示名稱',
    start: '開始審閱',
    backToQueue: '返回佇列',
    loadDemo: '載入示範佇列',
    list: '草稿',
    summary: '佇列摘要',
    queueStatus: { pending: '待審閱', approved: '已核准', edited: '已編輯', escalated: '已呈報' },
    reviewStatus: { pending: '待審閱', approved: '已核准', edited: '已編輯', escalated: '已呈報' },
    toolbar: '決定',
    saved: '已儲存',
    rating: '原始草稿的整體品質',
    editor: '編輯後的草稿',
    editorSaved: '已儲存在本機',
    editorRestored: '已從這台裝置還原您未儲存的文字',
    escalateTitle: '呈報這份草稿',
    reason: '原因',
    note: '給組長的備註',
  },
} as const satisfies Record<Language, unknown>;
