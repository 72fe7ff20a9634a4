/** The audit log (issue 14 point 7): rows from decision events, as CSV or JSON Lines. */
export { auditRow, compareAuditRows } from './audit-row';
export type { AuditFacts, AuditRow } from './audit-row';
export { auditSummary } from './audit-summary';
export type { AuditSummary } from './audit-summary';
export { AUDIT_COLUMNS, auditCsv, auditCsvHeader, auditCsvRow } from './audit-csv';
export { auditJsonLine, auditJsonl } from './audit-jsonl';
export {
  AUDIT_ROLES,
  auditPageSchema,
  auditQuerySchema,
  auditRowSchema,
  DEFAULT_AUDIT_LIMIT,
  MAX_AUDIT_LIMIT,
} from './audit-query';
export type { AuditPage, AuditQuery } from './audit-query';
