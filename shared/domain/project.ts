/** A review queue: drafts to review under one rubric and one set of guidelines (DESIGN.md). */
import type { LocalizedText, RubricQuestion } from './draft-schema';
import type { Guidelines } from './guidelines';

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
  /**
   * Reviewer guidelines, markdown in each language (guidelines.ts; a plain string on projects
   * saved before guidelines had two languages). Versioned so exports can cite the version in
   * force.
   */
  guidelines: Guidelines;
  /**
   * The version of the project's review settings: the guidelines, the rubric and the escalation
   * reasons together. Starts at 1 and goes up by exactly one on each saved change of any of the
   * three (shared/domain/project-settings.ts); it never goes down. Every decision records the
   * version in force when it was made (`DecisionEvent.guidelinesVersion`).
   *
   * One number rather than one per part: a reviewer decides under all three at once, so a
   * decision needs a single version to cite, and exports call it the guideline version
   * (DESIGN.md). It keeps its first name because every stored project already has it: widening
   * its meaning needs no migration, a second counter would.
   */
  guidelinesVersion: number;
  /** Absent on projects stored before the review loop existed: treat as no questions. */
  rubric?: Rubric;
  escalationReasons?: EscalationReason[];
  createdAt: string;
}
