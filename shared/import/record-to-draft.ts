/**
 * One imported record → one draft input, through the reviewer's field mapping, then checked by
 * the draft schema (DESIGN.md, Domain). Text is kept verbatim: no trimming, no normalising, so
 * span offsets in metadata stay valid. Every refusal names the row, the file's field and why.
 * Span annotations (a mapped `spans` field) are checked against the draft and kept in its
 * metadata; a span that does not fit is a note on the row (reported, the span left out), not a
 * reason to leave the row out.
 */
import { draftInputSchema, type DraftInput, type DraftInputRaw } from '../domain/draft-schema';
import { contentId } from './content-id';
import { DRAFT_TARGETS, type DraftTarget, type FieldMapping } from './field-mapping';
import { isPlainObject, readFieldPath } from './field-paths';
import { checkSpans, SPANS_KEY } from './span-annotations';
import type { ImportProblem } from './types';

/** `notes`: problems reported for a row that is imported all the same (spans left out). */
export type RowOutcome =
  | { ok: true; draft: DraftInput; notes: ImportProblem[] }
  | { ok: false; problems: ImportProblem[] };

const isText = (value: unknown): value is string => typeof value === 'string';

/** A context item as files write it: plain text, or an object with text/content/passage. */
function contextItem(value: unknown): DraftInputRaw['context'][number] | null {
  if (isText(value)) {
    return { kind: 'document', title: '', text: value };
  }
  if (!isPlainObject(value)) {
    return null;
  }
  const text = [value.text, value.content, value.passage, value.body].find(isText);
  if (text === undefined) {
    return null;
  }
  const item: DraftInputRaw['context'][number] = {
    kind: isText(value.kind) && value.kind !== '' ? value.kind : 'document',
    title: isText(value.title) ? value.title : '',
    text,
  };
  if (isText(value.url)) {
    item.url = value.url;
  }
  return item;
}

interface Converted {
  raw: Partial<DraftInputRaw> & Record<string, unknown>;
  problems: ImportProblem[];
  notes: ImportProblem[];
}

/** Builds the raw draft from the mapped fields; problems for values of the wrong shape. */
function convert(
  record: Record<string, unknown>,
  row: number,
  mapping: FieldMapping,
  importedAt: string,
): Converted {
  const problems: ImportProblem[] = [];
  const sourceOf = (target: DraftTarget) => mapping[target] ?? target;
  const read = (target: DraftTarget) => {
    const path = mapping[target];
    const value = path === undefined ? undefined : readFieldPath(record, path);
    return value === null ? undefined : value;
  };
  const refuse = (target: DraftTarget, reason: string) =>
    problems.push({ row, field: sourceOf(target), reason });

  const raw: Converted['raw'] = {};
  const draft = read('draft');
  if (draft === undefined || draft === '') {
    refuse('draft', 'missing draft');
  } else if (!isText(draft)) {
    refuse('draft', 'draft must be text');
  } else {
    raw.draft = draft;
  }

  const prompt = read('prompt');
  if (isText(prompt)) {
    raw.prompt = prompt;
  } else if (Array.isArray(prompt)) {
    raw.messages = prompt as DraftInputRaw['messages'];
  } else if (prompt !== undefined) {
    refuse('prompt', 'prompt must be text or a list of messages');
  }

  const context = read('context');
  const items = context === undefined ? [] : Array.isArray(context) ? context : [context];
  raw.context = [];
  for (const item of items) {
    const converted = contextItem(item);
    if (converted === null) {
      refuse('context', 'context must be text, or objects with a text field');
      break;
    }
    raw.context.push(converted);
  }

  const model = read('model');
  const version = read('modelVersion');
  if (isPlainObject(model)) {
    raw.model = model as DraftInputRaw['model'];
  } else if (isText(model) && model !== '') {
    raw.model = { name: model };
  } else if (model === undefined || model === '') {
    raw.model = { name: 'unknown' };
  } else {
    refuse('model', 'model must be text');
  }
  if (raw.model !== undefined && (isText(version) || typeof version === 'number')) {
    raw.model = { ...raw.model, version: String(version) };
  }

  const promptVersion = read('promptVersion');
  if (isText(promptVersion) || typeof promptVersion === 'number') {
    raw.promptVersion = String(promptVersion);
  }

  const priority = read('priority');
  if (typeof priority === 'number') {
    raw.priority = priority;
  } else if (isText(priority) && /^-?\d+$/.test(priority)) {
    raw.priority = Number(priority);
  } else if (priority !== undefined && priority !== '') {
    refuse('priority', 'priority must be a whole number');
  }

  const createdAt = read('createdAt');
  if (typeof createdAt === 'number' && Number.isFinite(createdAt)) {
    raw.createdAt = new Date(createdAt).toISOString();
  } else if (isText(createdAt) && createdAt !== '') {
    raw.createdAt = createdAt;
  } else {
    raw.createdAt = importedAt;
  }

  const id = read('id');
  if (isText(id) || typeof id === 'number') {
    raw.id = String(id);
  } else if (id === undefined) {
    raw.id = contentId([isText(draft) ? draft : '', isText(prompt) ? prompt : '']);
  } else {
    refuse('id', 'id must be text or a number');
  }

  // Everything the mapping did not use is kept as metadata, so nothing in the file is lost.
  const used = new Set(DRAFT_TARGETS.flatMap((target) => mapping[target]?.split('.')[0] ?? []));
  const metadata: Record<string, unknown> = isPlainObject(record.metadata)
    ? { ...record.metadata }
    : {};
  for (const [key, value] of Object.entries(record)) {
    if (key !== 'metadata' && !used.has(key)) {
      metadata[key] = value;
    }
  }
  const notes: ImportProblem[] = [];
  const spans = read('spans');
  if (spans !== undefined && isText(raw.draft)) {
    const checked = checkSpans(spans, raw.draft, mapping.spansUnit ?? 'utf-16');
    for (const { reason } of checked.problems) {
      notes.push({ row, field: sourceOf('spans'), reason });
    }
    // Kept checked and in UTF-16 offsets; the raw field, read, is not kept twice.
    const [head, key, ...deeper] = (mapping.spans ?? '').split('.');
    if (head === 'metadata' && key !== undefined && deeper.length === 0) {
      delete metadata[key];
    }
    metadata[SPANS_KEY] = checked.spans;
  }
  raw.metadata = metadata;
  return { raw, problems, notes };
}

/** A readable reason for a schema issue on a mapped field. */
function reasonFor(issue: { code: string; message: string; path: PropertyKey[] }): string {
  // 1.5 in a number column: the same words as for the text "1.5".
  if (issue.path[0] === 'priority' && issue.message.includes('expected int')) {
    return 'priority must be a whole number';
  }
  if (issue.code === 'too_big') {
    return 'value too long';
  }
  if (issue.code === 'too_small') {
    return 'empty value';
  }
  // zod leaves the input out of its issues; its message says what it received.
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) {
    return 'missing';
  }
  if (issue.code === 'invalid_format') {
    return 'not a date and time (ISO 8601 with a time zone)';
  }
  return issue.message;
}

/** Converts and checks one record; `importedAt` is the createdAt of rows that have none. */
export function recordToDraft(
  record: Record<string, unknown>,
  row: number,
  mapping: FieldMapping,
  importedAt: string,
): RowOutcome {
  const { raw, problems, notes } = convert(record, row, mapping, importedAt);
  if (problems.length > 0) {
    return { ok: false, problems };
  }
  const parsed = draftInputSchema.safeParse(raw);
  if (parsed.success) {
    return { ok: true, draft: parsed.data, notes };
  }
  const targets = new Set<string>(Object.keys(mapping));
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const head = String(issue.path[0] ?? '');
      const target = head === 'model' && issue.path[1] === 'version' ? 'modelVersion' : head;
      const field = targets.has(target) ? mapping[target as DraftTarget]! : issue.path.join('.');
      return { row, field: field === '' ? null : field, reason: reasonFor(issue) };
    }),
  };
}

/**
 * Flags ids seen before in the same file, naming the row that had it first. `field` is the
 * file's own name for the id (the reviewer knows the file, not the draft schema).
 */
export function createDuplicateIdCheck(
  field = 'id',
): (id: string, row: number) => ImportProblem | null {
  const firstRow = new Map<string, number>();
  return (id, row) => {
    const first = firstRow.get(id);
    if (first !== undefined) {
      return { row, field, reason: `duplicate id in the file (first on row ${first})` };
    }
    firstRow.set(id, row);
    return null;
  };
}
