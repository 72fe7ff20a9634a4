/** The verdict, reason and note of a decision, read from its payload for the audit log. */
import { asTyped, type DecisionEvent } from '../domain/decision-event';

export interface AuditSummary {
  verdict: string | null;
  reasonId: string | null;
  note: string | null;
  retracts: string | null;
}

const none: AuditSummary = { verdict: null, reasonId: null, note: null, retracts: null };

export function auditSummary(event: DecisionEvent): AuditSummary {
  const typed = asTyped(event);
  switch (typed.kind) {
    case 'approve':
    case 'edit':
    case 'skip':
      return { ...none, verdict: typed.kind };
    case 'escalate':
      return {
        ...none,
        verdict: 'escalate',
        reasonId: typed.payload.reasonId,
        note: typed.payload.note,
      };
    case 'comment':
      return { ...none, note: typed.payload.text };
    case 'retract':
      return { ...none, retracts: typed.payload.targetEventId };
    case 'resolve':
      return { ...none, verdict: typed.payload.verdict, note: typed.payload.note ?? null };
  }
}
