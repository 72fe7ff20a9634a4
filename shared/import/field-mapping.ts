/**
 * Which field of an imported file feeds which field of a draft (issue: "Field mapping"). Files
 * name things their own way (`output`, `response`, `answer`...); the suggestion reads common names,
 * the reviewer confirms or changes it, and the mapping is remembered per project.
 */

/** The draft fields a file's fields can be mapped to. */
export const DRAFT_TARGETS = [
  'id',
  'draft',
  'prompt',
  'context',
  'model',
  'modelVersion',
  'promptVersion',
  'priority',
  'createdAt',
] as const;
export type DraftTarget = (typeof DRAFT_TARGETS)[number];

/** Target → source path (see field-paths.ts); a target without a source is left out. */
export type FieldMapping = Partial<Record<DraftTarget, string>>;

/** Common source names per target, as normalised by `normaliseName`, best first. */
const SYNONYMS: Record<DraftTarget, readonly string[]> = {
  id: ['id', 'draftid', 'uuid', 'exampleid', 'recordid', 'sampleid', 'key'],
  draft: ['draft', 'output', 'response', 'completion', 'answer', 'summary', 'reply', 'generation'],
  prompt: ['prompt', 'input', 'question', 'instruction', 'query'],
  context: ['context', 'knowledge', 'document', 'documents', 'passage', 'passages', 'source'],
  model: ['model', 'modelname', 'llm', 'summarizer', 'generator'],
  modelVersion: ['modelversion', 'version'],
  promptVersion: ['promptversion', 'templateversion', 'promptid'],
  priority: ['priority'],
  createdAt: ['createdat', 'created', 'timestamp', 'time', 'date'],
};

/** Lower case, letters and digits only: `Model_Name`, `model-name` and `modelName` are one name. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * A mapping suggested from the file's field paths: for each target, the path whose full name,
 * or else whose last segment (`metadata.model` → `model`), is the best-ranked synonym. A path is
 * suggested for one target at most, and exact names win over last segments.
 */
export function suggestMapping(paths: readonly string[]): FieldMapping {
  const mapping: FieldMapping = {};
  const used = new Set<string>();
  const byFull = new Map<string, string>();
  const byLast = new Map<string, string>();
  for (const path of paths) {
    const full = normaliseName(path);
    if (!byFull.has(full)) {
      byFull.set(full, path);
    }
    const last = normaliseName(path.split('.').pop() ?? path);
    if (!byLast.has(last)) {
      byLast.set(last, path);
    }
  }
  for (const lookup of [byFull, byLast]) {
    for (const target of DRAFT_TARGETS) {
      if (mapping[target] !== undefined) {
        continue;
      }
      const path = SYNONYMS[target]
        .map((name) => lookup.get(name))
        .find((candidate) => candidate !== undefined && !used.has(candidate));
      if (path !== undefined) {
        mapping[target] = path;
        used.add(path);
      }
    }
  }
  return mapping;
}
