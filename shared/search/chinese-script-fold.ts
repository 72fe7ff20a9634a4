/**
 * Simplified and Traditional Chinese as one form for search (issue 12, point 12): every
 * Traditional character (and its Taiwan and Hong Kong variants) folds to its Simplified form,
 * one code point for one, so a search typed in either form finds drafts written in the other.
 *
 * The tables are OpenCC's (opencc-js): plain "from to|from to" strings, parsed here, so nothing
 * is evaluated (the app's CSP forbids eval). Only the character tables are used, not OpenCC's
 * phrase conversion: phrases change lengths and need segmentation, and a search only needs both
 * sides folded the same way. Folding to Simplified is the safe direction: it is many-to-one
 * (發 and 髮 both become 发), so it never has to guess, where the other direction would.
 */
import { configs } from 'opencc-js/preset/t2cn';

type DictLike = string | readonly (readonly [string, string])[];

/** The single-code-point pairs of an OpenCC dictionary (phrases are skipped). */
function characterPairs(dict: DictLike): [number, number][] {
  const entries: (readonly [string, string])[] =
    typeof dict === 'string'
      ? dict.split('|').map((entry) => {
          const [from = '', to = ''] = entry.split(' ');
          return [from, to] as const;
        })
      : [...dict];
  const pairs: [number, number][] = [];
  for (const [from, to] of entries) {
    const a = [...from];
    const b = [...to];
    if (a.length === 1 && b.length === 1) {
      pairs.push([a[0]!.codePointAt(0)!, b[0]!.codePointAt(0)!]);
    }
  }
  return pairs;
}

let table: Map<number, number> | undefined;

/**
 * Code point → Simplified code point. Built once from OpenCC's chains: the regional variant
 * step (Taiwan, Hong Kong → OpenCC's standard Traditional), then Traditional → Simplified,
 * followed to a fixed point so that folding twice gives what folding once gave.
 */
function foldTable(): Map<number, number> {
  if (table !== undefined) {
    return table;
  }
  const steps: Map<number, number>[] = [];
  for (const name of ['tw2s', 'hk2s'] as const) {
    for (const group of configs[name]?.conversionChain ?? []) {
      const step = new Map<number, number>();
      for (const dict of group) {
        for (const [from, to] of characterPairs(dict)) {
          step.set(from, to);
        }
      }
      steps.push(step);
    }
  }
  const keys = new Set(steps.flatMap((step) => [...step.keys()]));
  const folded = new Map<number, number>();
  const once = (cp: number) => steps.reduce((value, step) => step.get(value) ?? value, cp);
  for (const key of keys) {
    let value = key;
    // A few rounds reach the fixed point (a variant of a variant); the bound only guards cycles.
    for (let round = 0; round < 4; round += 1) {
      const next = once(value);
      if (next === value) {
        break;
      }
      value = next;
    }
    if (value !== key) {
      folded.set(key, value);
    }
  }
  table = folded;
  return folded;
}

/** The Simplified form of a code point (the code point itself when it has none). */
export function foldChineseCodePoint(cp: number): number {
  return cp < 0x2e80 ? cp : (foldTable().get(cp) ?? cp);
}
