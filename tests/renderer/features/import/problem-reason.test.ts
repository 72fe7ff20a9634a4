/**
 * Every reason the shared import code can give a problem is shown in the reviewer's language. The
 * list is read from the source of shared/import (each string literal that ends up as a problem's
 * reason or a pass's failure), so a new reason without a translation fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TFunction } from 'i18next';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { problemReason } from '../../../../renderer/features/import/problem-reason';
import { createI18n } from '../../../../renderer/i18n/create-i18n';
import type { Language } from '../../../../shared/ipc/contract';
import { recordToDraft } from '../../../../shared/import/record-to-draft';

// A string, not `new URL(...)`: jsdom's URL is not the one node:url accepts.
const SHARED_IMPORT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/import');
const LANGUAGES: Language[] = ['en', 'zh-TW'];

/** Calls that take a reason, and which argument it is. */
const REASON_ARGUMENT: Record<string, number> = { problem: 0, refuse: 1, breaks: 0 };
/** Functions whose returned text is a reason or a failure. */
const REASON_FUNCTIONS = new Set(['reasonFor', 'invalidSequenceReason', 'brokenFailure']);

/** Whether the literal `node` becomes a reason (see the module comment). */
function isReason(node: ts.Node): boolean {
  let child = node;
  let parent = node.parent;
  // `cond ? 'a' : 'b'`, `('a')`, and `'a' | 'b'` in a type pass the literal on.
  while (
    ts.isConditionalExpression(parent) ||
    ts.isParenthesizedExpression(parent) ||
    ts.isLiteralTypeNode(parent) ||
    ts.isUnionTypeNode(parent)
  ) {
    if (ts.isConditionalExpression(parent) && parent.condition === child) {
      return false;
    }
    child = parent;
    parent = parent.parent;
  }
  if (ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) {
    return ['reason', 'failure'].includes(parent.name.getText());
  }
  if (ts.isCallExpression(parent)) {
    const callee = parent.expression;
    if (callee.kind === ts.SyntaxKind.SuperKeyword) {
      return true; // an error's message, e.g. InvalidByteSequenceError
    }
    const index = REASON_ARGUMENT[callee.getText()];
    return index !== undefined && parent.arguments[index] === child;
  }
  if (ts.isBinaryExpression(parent)) {
    // `rowProblem ??= '...'` in the CSV parser
    return (
      parent.operatorToken.kind === ts.SyntaxKind.QuestionQuestionEqualsToken &&
      parent.right === child
    );
  }
  if (ts.isReturnStatement(parent)) {
    const fn = ts.findAncestor(parent, ts.isFunctionDeclaration);
    return REASON_FUNCTIONS.has(fn?.name?.text ?? '');
  }
  return false;
}

/** Fixed reasons, and reasons with values in them (each value written as 7). */
function reasonsInSource(): { fixed: string[]; patterned: string[] } {
  const fixed = new Set<string>();
  const patterned = new Set<string>();
  for (const name of readdirSync(SHARED_IMPORT).filter((file) => file.endsWith('.ts'))) {
    const text = readFileSync(join(SHARED_IMPORT, name), 'utf8');
    const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (
        (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
        isReason(node)
      ) {
        fixed.add(node.text);
      } else if (ts.isTemplateExpression(node) && isReason(node)) {
        patterned.add(
          node.head.text + node.templateSpans.map((s) => `7${s.literal.text}`).join(''),
        );
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { fixed: [...fixed].sort(), patterned: [...patterned].sort() };
}

const { fixed, patterned } = reasonsInSource();

/** Shows `reason` in `language`; returns the translation lookups problemReason made. */
function lookups(language: Language, reason: string) {
  const i18n = createI18n(language);
  const calls: { key: string; result: string }[] = [];
  // Untyped on purpose: the keys are only known at run time.
  const translate = i18n.t.bind(i18n) as unknown as (key: string, options?: object) => string;
  const t = ((key: string, options?: object) => {
    const result = translate(key, options);
    calls.push({ key, result });
    return result;
  }) as unknown as TFunction;
  const shown = problemReason(t, reason);
  /** The locale's own text for `key`, without the English fallback. */
  const own = (key: string): unknown => i18n.getResource(language, 'translation', key);
  return { shown, calls, own };
}

function expectTranslated(language: Language, reason: string) {
  const { shown, calls, own } = lookups(language, reason);
  expect(calls, `no translation is looked up for "${reason}"`).toHaveLength(1);
  const [{ key, result }] = calls as [{ key: string; result: string }];
  expect(result).not.toBe(key);
  expect(shown).toBe(result);
  // Not only through the English fallback: the locale has its own text.
  expect(typeof own(key)).toBe('string');
  expect(shown).not.toMatch(/\{\{|\}\}/);
}

describe('the list of reasons read from shared/import', () => {
  it('holds the reasons of every parser, the mapping, the schema and the encodings', () => {
    expect(fixed).toEqual(
      expect.arrayContaining([
        'invalid JSON',
        'not an object',
        'missing draft',
        'value too long',
        'unterminated quoted field',
        'unexpected text after the array',
        'missing ] at the end of the array',
        'the JSON breaks off',
        'not a JSON array (expected [ at the start)',
        'unknown encoding',
        'unknown encoding (NUL bytes: binary, or UTF-16 without BOM)',
        'unexpected text after a closing quote',
        'not a date and time (ISO 8601 with a time zone)',
      ]),
    );
    expect(patterned).toEqual([
      'duplicate id in the file (first on row 7)',
      'expected 7 fields, found 7',
      'invalid 7 byte sequence',
      'invalid 7 byte sequence at byte 7',
      'not valid JSON: it breaks at line 7, column 7',
      'span 7: not {start, end, label}',
      'span 7: offsets inside a character',
      'span 7: offsets out of range',
      'span 7: the text at its offsets is not the text it quotes',
    ]);
  });
});

describe.each(LANGUAGES)('reasons in %s', (language) => {
  it.each(fixed)('translates "%s"', (reason) => {
    expectTranslated(language, reason);
  });

  it.each(patterned)('translates "%s" with its values', (reason) => {
    expectTranslated(language, reason);
    expect(lookups(language, reason).shown).toContain('7');
  });

  // A draft of spaces only passes record-to-draft.ts's own check (it is not '') and is refused
  // by the draft schema's refine, whose message 'draft is blank' reasonFor passes on as written.
  it('translates the reason a row with a blank draft gets', () => {
    const outcome = recordToDraft(
      { output: '   ' },
      1,
      { draft: 'output' },
      '2026-01-01T00:00:00Z',
    );
    expect(outcome.ok).toBe(false);
    const [problem] = outcome.ok ? [] : outcome.problems;
    expectTranslated(language, problem?.reason ?? '');
  });

  it('shows a reason it does not know as written', () => {
    const { shown, calls } = lookups(language, 'something new');
    expect(shown).toBe('something new');
    expect(calls).toEqual([]);
  });
});
