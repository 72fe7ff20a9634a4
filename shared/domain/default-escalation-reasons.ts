/**
 * The escalation reasons a new project starts with, so a reviewer can escalate from the first
 * imported draft (the dialog needs a reason). The lead edits them in the project's settings.
 */
import type { EscalationReason } from './project';

export const DEFAULT_ESCALATION_REASONS: readonly EscalationReason[] = [
  { id: 'factual-error', label: { en: 'Factual error', 'zh-TW': '事實錯誤' } },
  { id: 'policy', label: { en: 'Policy or compliance', 'zh-TW': '政策或法遵問題' } },
  { id: 'harmful', label: { en: 'Harmful or unsafe', 'zh-TW': '有害或不安全' } },
  { id: 'specialist', label: { en: 'Needs a specialist', 'zh-TW': '需要專業人員判斷' } },
  { id: 'other', label: { en: 'Other', 'zh-TW': '其他' } },
];
