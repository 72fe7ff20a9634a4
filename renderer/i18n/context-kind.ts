/**
 * The label of a context item's kind (`ticket`, `reference`...) in the reviewer's language.
 * Kinds come from imported files, written as each data set writes them (`REFERENCE`,
 * `knowledge_base`, `Retrieved passage`), so they are compared without case, spaces, `-` or `_`;
 * a kind Loupe has no label for is shown exactly as written (issue 12, point 19).
 */
import type { TFunction } from 'i18next';

/** Kinds with a label under `review.source.kind` in both locale files. */
export const KNOWN_CONTEXT_KINDS = [
  'ticket',
  'document',
  'retrieved',
  'record',
  'policy',
  'email',
  'chat',
  'knowledge',
  'text',
  'reference',
  'source',
  'passage',
  'article',
  'webpage',
  'search',
  'faq',
  'manual',
  'note',
  'transcript',
  'instructions',
  'question',
  'answer',
  'summary',
  'table',
  'code',
] as const;
export type KnownContextKind = (typeof KNOWN_CONTEXT_KINDS)[number];

/** Other spellings data sets use for the same kinds (after folding). */
const ALIASES: Readonly<Record<string, KnownContextKind>> = {
  doc: 'document',
  retrievedpassage: 'retrieved',
  retrieval: 'retrieved',
  knowledgebase: 'knowledge',
  kb: 'knowledge',
  ref: 'reference',
  references: 'reference',
  web: 'webpage',
  website: 'webpage',
  searchresult: 'search',
  instruction: 'instructions',
  conversation: 'chat',
  mail: 'email',
};

const fold = (kind: string) =>
  kind
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/gu, '');

const KNOWN = new Set<string>(KNOWN_CONTEXT_KINDS);

/** The known kind `kind` names, whatever its case or separators, or undefined. */
export function knownContextKind(kind: string): KnownContextKind | undefined {
  const folded = fold(kind);
  if (KNOWN.has(folded)) {
    return folded as KnownContextKind;
  }
  return ALIASES[folded];
}

/** The kind's label in the UI language, or the kind as written when Loupe does not know it. */
export function contextKindLabel(kind: string, t: TFunction): string {
  const known = knownContextKind(kind);
  return known === undefined ? kind : t(`review.source.kind.${known}`);
}
