/**
 * Properties over generated drafts and sources built from ticket-like fragments (amounts, dates,
 * names, Han text, markup, emoji, invisible characters) and random strings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findGroundingHints } from '../../../shared/grounding';
import { expectConsistent, source } from './support';

const FRAGMENTS = [
  'NT$1,280',
  'NT$1,820',
  '1280 元',
  '1,280',
  '12,80',
  '30 天',
  '14 天',
  '30 days',
  '140',
  '14',
  '3.5%',
  '15:00',
  '3 pm',
  '2026-11-28',
  '2025-11-28',
  '11/28',
  'Nov 28',
  '28 November 2026',
  '2026年11月28日',
  '11月28日',
  'Northwind Air Support',
  'LINE Pay',
  '「退貨須知」',
  'QH241022-0087',
  'NW 220',
  '0922-318-406',
  'the',
  'refund',
  'is',
  'issued',
  'to',
  'original',
  'payment',
  'method',
  'within',
  'business',
  'days',
  '退',
  '款',
  '已',
  '送',
  '出',
  '保',
  '溫',
  '瓶',
  '訂',
  '單',
  '。',
  '，',
  '.',
  '!',
  '?',
  '\n',
  '- ',
  '1. ',
  '**',
  '１２８０',
  'ＮＴ＄１，２８０',
  '😀',
  '\u200B',
  '\u200F',
  '<b>',
  'e.g.',
  'U.S.',
  'Dr.',
];

const text = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    ),
    { maxLength: 60 },
  )
  .chain((parts) =>
    fc
      .array(fc.constantFrom(' ', '', ' '), { minLength: parts.length, maxLength: parts.length })
      .map((gaps) => parts.map((p, i) => p + (gaps[i] ?? '')).join('')),
  );

const runs = { numRuns: 300 };

describe('grounding properties', () => {
  it('links normalise alike on both sides, never overlap, and every offset is valid', () => {
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 3 }), (draft, texts) => {
        const sources = texts.map((t, i) => source(`context:${i}`, t));
        expectConsistent(findGroundingHints(draft, sources), draft, sources);
      }),
      runs,
    );
  });

  it('a draft that repeats its source verbatim is fully supported', () => {
    fc.assert(
      fc.property(text, (body) => {
        expect(findGroundingHints(body, [source('context:0', body)]).unsupportedSentences).toEqual(
          [],
        );
      }),
      runs,
    );
  });

  it('a flagged fact is no longer flagged once a source contains its text', () => {
    fc.assert(
      fc.property(text, text, (draft, other) => {
        const sources = [source('context:0', other)];
        const flagged = findGroundingHints(draft, sources).unsupportedSentences.flatMap(
          (s) => s.reasons,
        );
        for (const reason of flagged) {
          const withIt = [...sources, source('extra', reason.text)];
          const again = findGroundingHints(draft, withIt).unsupportedSentences.flatMap(
            (s) => s.reasons,
          );
          expect(again.map((r) => r.start)).not.toContain(reason.start);
        }
      }),
      { numRuns: 150 },
    );
  });
});
