import { describe, expect, it } from 'vitest';
import {
  listFieldPaths,
  normaliseName,
  readFieldPath,
  suggestMapping,
} from '../../../shared/import';

describe('suggesting a field mapping from common names', () => {
  it('maps the names the issue lists to draft fields', () => {
    expect(suggestMapping(['question', 'response', 'knowledge', 'llm'])).toEqual({
      prompt: 'question',
      draft: 'response',
      context: 'knowledge',
      model: 'llm',
    });
    expect(suggestMapping(['instruction', 'completion', 'passage', 'summarizer'])).toEqual({
      prompt: 'instruction',
      draft: 'completion',
      context: 'passage',
      model: 'summarizer',
    });
  });

  it('ignores case and separators, and prefers the better synonym', () => {
    expect(normaliseName('Model_Name')).toBe('modelname');
    expect(suggestMapping(['Summary', 'OUTPUT', 'Prompt-Version'])).toEqual({
      draft: 'OUTPUT',
      promptVersion: 'Prompt-Version',
    });
  });

  it('finds nested fields by their last segment, after exact names', () => {
    expect(suggestMapping(['answer', 'metadata.model', 'metadata.id'])).toEqual({
      draft: 'answer',
      model: 'metadata.model',
      id: 'metadata.id',
    });
    // A top-level `model` beats the nested one; each path feeds one target only.
    expect(suggestMapping(['metadata.model', 'model', 'output'])).toMatchObject({
      model: 'model',
      draft: 'output',
    });
  });

  it('falls back to single words of a name, for the draft, prompt, context and model only', () => {
    // HaluEval's general set: ID, user_query, chatgpt_response.
    expect(suggestMapping(['ID', 'user_query', 'chatgpt_response', 'hallucination'])).toEqual({
      id: 'ID',
      prompt: 'user_query',
      draft: 'chatgpt_response',
    });
    expect(suggestMapping(['rightAnswer', 'sourceDocument', 'judgeModel'])).toEqual({
      draft: 'rightAnswer',
      context: 'sourceDocument',
      model: 'judgeModel',
    });
    // A word never feeds the id or the date: `user_id` is not the draft's id.
    expect(suggestMapping(['user_id', 'response_time', 'output'])).toEqual({
      draft: 'output',
    });
    // Whole names still win over words.
    expect(suggestMapping(['model_answer', 'answer'])).toMatchObject({ draft: 'answer' });
  });

  it('knows the Traditional Chinese column names', () => {
    expect(suggestMapping(['編號', '問題', '回覆', '模型', '知識', '建立時間'])).toEqual({
      id: '編號',
      prompt: '問題',
      draft: '回覆',
      model: '模型',
      context: '知識',
      createdAt: '建立時間',
    });
  });

  it('suggests nothing for names it does not know', () => {
    expect(suggestMapping(['foo', 'bar.baz'])).toEqual({});
  });
});

describe('field paths', () => {
  const record = {
    output: 'hi',
    metadata: { model: 'm', run: { seed: 1 }, tags: ['a'] },
    'model.name': 'flat',
  };

  it('lists value paths, nested objects walked, arrays as values', () => {
    expect(listFieldPaths(record)).toEqual([
      'output',
      'metadata.model',
      'metadata.run.seed',
      'metadata.tags',
      'model.name',
    ]);
  });

  it('reads nested paths, and a flat key with a dot wins', () => {
    expect(readFieldPath(record, 'metadata.run.seed')).toBe(1);
    expect(readFieldPath(record, 'model.name')).toBe('flat');
    expect(readFieldPath(record, 'metadata.missing')).toBeUndefined();
    expect(readFieldPath(record, 'output.length')).toBeUndefined();
  });
});
