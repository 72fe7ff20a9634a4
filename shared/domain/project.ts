/** A review queue: drafts to review under one rubric and one set of guidelines (DESIGN.md). */
import type { LocalizedText, RubricQuestion } from './draft-schema';

/** A reason a reviewer may give when escalating a draft to the lead. */
export interface EscalationReason {
  id: string;
  label: LocalizedText;
}

/** The labels a reviewer gives each draft: error categories, a rating, free text. */
export interface Rubric {
  questions: RubricQuestion[];
}

export interface Project {
  id: string;
  name: string;
  /** Reviewer guidelines, markdown. Versioned so exports can cite the version in force. */
  guidelines: string;
  guidelinesVersion: number;
  /** Absent on projects stored before the review loop existed: treat as no questions. */
  rubric?: Rubric;
  escalationReasons?: EscalationReason[];
  createdAt: string;
}
