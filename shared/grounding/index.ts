/** Grounding hints: link draft facts and phrases to their sources, flag unsupported sentences. */
export { findGroundingHints } from './find-grounding-hints';
export { groundingKey } from './extract';
export { segmentSentences } from './segment';
export type {
  FactKind,
  GroundingKind,
  GroundingLink,
  GroundingOptions,
  GroundingResult,
  GroundingSource,
  SourceMatch,
  Span,
  UnsupportedReason,
  UnsupportedSentence,
} from './types';
