/**
 * Numbers with their currency or unit. The key is the canonical value plus a unit class, so
 * "NT$1,280" and "1280 元" agree and "30 天" and "30 days" agree; a different unit falls back
 * to a numeral-only link (the value matches, the unit is not claimed).
 */
import type { Claims } from './mention';
import { canonicalNumber, plainMention, type Mention } from './mention';

/**
 * Unit classes. Plain 元/塊 is treated as New Taiwan dollars: in zh-TW tickets and invoices an
 * unqualified 元 is NT$, and other currencies are always named (美元, 日圓, 人民幣). A bare "$"
 * stays its own class: it is NT$ in Taiwan and US$ elsewhere, so it matches neither.
 */
const UNIT_CLASSES: Record<string, string[]> = {
  TWD: ['nt$', 'ntd', 'twd', '新台幣', '新臺幣', '台幣', '臺幣', '元', '塊', '塊錢'],
  USD: ['us$', 'usd', '美元', '美金'],
  $: ['$'],
  EUR: ['€', 'eur', '歐元'],
  GBP: ['£', 'gbp', '英鎊'],
  JPY: ['jpy', '日圓', '日元', '円'],
  CNY: ['cny', 'rmb', '人民幣'],
  HKD: ['hk$', 'hkd', '港幣', '港元'],
  '%': ['%', 'percent', 'per cent', '趴'],
  day: ['天', 'day', 'days'],
  bday: [
    '個工作天',
    '工作天',
    '個工作日',
    '工作日',
    'business day',
    'business days',
    'working day',
    'working days',
  ],
  week: ['週', '周', '個星期', 'week', 'weeks', 'wk', 'wks'],
  month: ['個月', 'month', 'months'],
  year: ['年', 'year', 'years', 'yr', 'yrs'],
  hour: ['小時', '個小時', 'hour', 'hours', 'hr', 'hrs'],
  minute: ['分鐘', 'minute', 'minutes', 'min', 'mins'],
  second: ['秒', '秒鐘', 'second', 'seconds', 'sec', 'secs'],
  night: ['晚', 'night', 'nights'],
  item: ['件', '個', 'item', 'items', 'pcs', 'pieces'],
  ord: ['st', 'nd', 'rd', 'th'],
  kg: ['kg', '公斤'],
  g: ['g', '公克', '克'],
  ml: ['ml', '毫升', 'c.c.', 'cc'],
  l: ['公升'],
  cm: ['cm', '公分'],
  mm: ['mm', '毫米'],
  m: ['公尺', '米'],
  km: ['km', '公里'],
  gb: ['gb'],
  mb: ['mb'],
  tb: ['tb'],
  mah: ['mah'],
  inch: ['inch', 'inches', '吋'],
};
// Counters that are their own class: 3 次 is not 3 張.
for (const counter of '次張台人位份瓶間碼歲樓號筆箱組包支雙頁則點'.split('')) {
  UNIT_CLASSES[counter] = [counter];
}

const CLASS_OF = new Map<string, string>();
for (const [cls, spellings] of Object.entries(UNIT_CLASSES)) {
  spellings.forEach((spelling) => CLASS_OF.set(spelling, cls));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

const PREFIXES = [
  'nt$',
  'us$',
  'hk$',
  '$',
  '€',
  '£',
  'ntd',
  'twd',
  'usd',
  'eur',
  'gbp',
  'jpy',
  'cny',
  'rmb',
  'hkd',
  '新台幣',
  '新臺幣',
  '台幣',
  '臺幣',
];
const SUFFIXES = [...CLASS_OF.keys()].filter((unit) => !['nt$', 'us$', 'hk$', '$'].includes(unit));

// Numerals are found by a small regex and their units read around them with sticky regexes:
// one big regex with a unit alternation, lookbehind and /iu runs ~50x slower on Han text.
const NUMERAL = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
const PREFIX = new RegExp(`(?:${alternation(PREFIXES)})\\s?$`, 'i');
// Latin units must end at a word boundary ("30 days" yes, "30 daysprings" no); CJK ones need not.
const SUFFIX = new RegExp(`\\s?(${alternation(SUFFIXES)})(?![a-z])`, 'iy');
const LATIN = /\p{Script=Latin}/u;
const isAsciiAlnum = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** A Latin letter or digit at `at` (ASCII checked without a regex: this runs per numeral). */
function latinOrDigitAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return isAsciiAlnum(c) || (c > 0x7f && LATIN.test(text.charAt(at)));
}

const QUANTITY = new RegExp(`^\\d+(?:\\.\\d+)?(?:${alternation(SUFFIXES)})$`, 'iu');

/** True for "500ml", "3.5GB", "28th": letters and digits that are a quantity, not an identifier. */
export function isQuantity(text: string): boolean {
  return QUANTITY.test(text);
}

// Phone and account numbers: digit groups joined by hyphens, compared digit for digit.
const CODE = /(?<![\p{Script=Latin}\p{N}-])\d{2,}(?:-\d{2,}){2,}(?![\p{Script=Latin}\p{N}])/gu;

/** Finds phone-like codes ("0922-318-406"); they are numbers keyed by their digits. */
export function findCodes(folded: string, claims: Claims, out: Mention[]): void {
  for (const m of folded.matchAll(CODE)) {
    const end = m.index + m[0].length;
    if (claims.take(m.index, end)) {
      out.push(plainMention('number', m.index, end, `c:${m[0].replaceAll('-', '')}`));
    }
  }
}

/** 'n:1280|TWD' style key for a numeral and an optional prefix/suffix unit spelling. */
export function numberKey(numeral: string, unit: string | undefined): string {
  return `n:${canonicalNumber(numeral)}|${unit === undefined ? '' : (CLASS_OF.get(unit.toLowerCase()) ?? '')}`;
}

/** Cheap test before the prefix regex: every prefix ends in $, €, £, 幣 or a Latin letter. */
function mayHavePrefix(folded: string, at: number): boolean {
  const c =
    folded.charCodeAt(at - 1) === 32 ? folded.charCodeAt(at - 2) : folded.charCodeAt(at - 1);
  return c === 36 || c === 0x20ac || c === 0xa3 || c === 0x5e63 || (isAsciiAlnum(c) && c > 57);
}

/** Finds numbers with an optional currency prefix or unit suffix. */
export function findNumbers(folded: string, claims: Claims, out: Mention[]): void {
  for (const m of folded.matchAll(NUMERAL)) {
    const coreStart = m.index;
    const coreEnd = m.index + m[0].length;
    const next = folded.charCodeAt(coreEnd);
    const after = folded.charCodeAt(coreEnd + 1);
    // "1,28", "3.5.1": a numeral cut short by the regex is not a number of its own.
    if ((next === 44 || next === 46) && after >= 48 && after <= 57) {
      continue;
    }
    const prefix = mayHavePrefix(folded, coreStart)
      ? PREFIX.exec(folded.slice(Math.max(0, coreStart - 5), coreStart))?.[0]
      : undefined;
    const start = prefix ? coreStart - prefix.length : coreStart;
    const before = folded.charCodeAt(start - 1);
    const symbolPrefix = prefix !== undefined && !isAsciiAlnum(prefix.charCodeAt(0));
    const glued =
      latinOrDigitAt(folded, start - 1) || before === 46 || before === 44 || before === 36;
    if (glued && !symbolPrefix) {
      continue; // part of a word or identifier ("QH241022", "v2")
    }
    SUFFIX.lastIndex = coreEnd;
    const suffix = SUFFIX.exec(folded);
    const end = suffix ? coreEnd + suffix[0].length : coreEnd;
    if (latinOrDigitAt(folded, end) || !claims.take(start, end)) {
      continue;
    }
    // A number with both a prefix and a suffix ("NT$30 元") is keyed by the prefix.
    const unit = prefix?.trim() ?? suffix?.[1];
    const coreKey = numberKey(m[0], undefined);
    const key = unit === undefined ? coreKey : numberKey(m[0], unit);
    out.push({ kind: 'number', start, end, key, coreStart, coreEnd, coreKey });
  }
}
