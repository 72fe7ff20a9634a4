/**
 * Which field of an imported file feeds which field of a draft (issue: "Field mapping"). Files
 * name things their own way (`output`, `response`, `answer`...); the suggestion reads common names,
 * the reviewer confirms or changes it, and the mapping is remembered per project.
 */
import type { SpanUnit } from './span-annotations';

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
  'spans',
] as const;
export type DraftTarget = (typeof DRAFT_TARGETS)[number];

/**
 * Target → source path (see field-paths.ts); a target without a source is left out. With
 * `spans`, `spansUnit` says what the span offsets count (UTF-16 code units when absent).
 */
export type FieldMapping = Partial<Record<DraftTarget, string>> & { spansUnit?: SpanUnit };

/**
 * Common source names per target, as normalised by `normaliseName`, best first: English, then
 * the Traditional Chinese column names Taiwanese teams write (編號, 問題, 回覆…).
 */
const SYNONYMS: Record<DraftTarget, readonly string[]> = {
  id: [
    'id',
    'draftid',
    'uuid',
    'exampleid',
    'recordid',
    'sampleid',
    'key',
    '編號',
    '序號',
    '識別碼',
  ],
  draft: [
    'draft',
    'output',
    'response',
    'completion',
    'answer',
    'summary',
    'reply',
    'generation',
    '草稿',
    '回覆',
    '回答',
    '答案',
    '回應',
    '輸出',
    '摘要',
  ],
  prompt: [
    'prompt',
    'input',
    'question',
    'instruction',
    'query',
    '問題',
    '提問',
    '提示',
    '輸入',
    '指令',
  ],
  context: [
    'context',
    'knowledge',
    'document',
    'documents',
    'passage',
    'passages',
    'source',
    '脈絡',
    '上下文',
    '知識',
    '文件',
    '段落',
    '來源',
    '背景',
  ],
  model: ['model', 'modelname', 'llm', 'summarizer', 'generator', '模型'],
  modelVersion: ['modelversion', 'version', '模型版本', '版本'],
  promptVersion: ['promptversion', 'templateversion', 'promptid', '提示版本'],
  priority: ['priority', '優先順序', '優先級', '優先'],
  createdAt: ['createdat', 'created', 'timestamp', 'time', 'date', '建立時間', '時間', '日期'],
  spans: ['spans', 'annotations', 'highlights', 'entities', '標註', '標記'],
};

const WORD_TARGETS: readonly DraftTarget[] = ['draft', 'prompt', 'context', 'model'];

/** `chatgpt_response` → chatgpt, response; `userQuery` → user, query. */
function wordsOf(name: string): string[] {
  return name
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .map((word) => word.toLowerCase())
    .filter((word) => word !== '');
}

/** Lower case, letters and digits only: `Model_Name`, `model-name` and `modelName` are one name. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * A mapping suggested from the file's field paths: for each target, the path whose full name,
 * or else whose last segment (`metadata.model` → `model`), or else one word of that segment
 * (`chatgpt_response` → `response`, for the draft, prompt, context and model only), is the
 * best-ranked synonym. A path is suggested for one target at most; exact names win over last
 * segments, and those over words.
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
  // Last, single words of the last segment (`chatgpt_response`, `userQuery`), for the targets
  // where a word says enough: `user_id` is not a draft id, `response_time` not a creation date.
  const byWord = new Map<string, string>();
  for (const path of paths) {
    for (const word of wordsOf(path.split('.').pop() ?? path)) {
      if (!byWord.has(word)) {
        byWord.set(word, path);
      }
    }
  }
  for (const [lookup, targets] of [
    [byFull, DRAFT_TARGETS],
    [byLast, DRAFT_TARGETS],
    [byWord, WORD_TARGETS],
  ] as const) {
    for (const target of targets) {
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
