/** A review queue: drafts to review under one rubric and one set of guidelines (DESIGN.md). */
export interface Project {
  id: string;
  name: string;
  /** Reviewer guidelines, markdown. Versioned so exports can cite the version in force. */
  guidelines: string;
  guidelinesVersion: number;
  createdAt: string;
}
