/**
 * Dates and clock times. Dates compare by year-month-day, or by month-day when a side has no
 * year; slashes are read month/day (the zh-TW and US convention), never day/month, so "24/7"
 * stays two numbers.
 */
import type { Claims } from './mention';
import { plainMention, type Mention } from './mention';

const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:tember|t)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
const DAY = '(\\d{1,2}(?:st|nd|rd|th)?)';

interface DatePattern {
  regex: RegExp;
  /** Reads year (if any), month and day from a match, and the group range of the month-day. */
  read: (m: RegExpExecArray) => { y?: string; m: string; d: string; core: [number, number] };
}

const group = (m: RegExpExecArray, n: number): [number, number] => m.indices?.[n] ?? [0, 0];
const monthNumber = (name: string) => String(MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1);

// Most specific first: a full Y-M-D must win over the M/D hiding inside it.
const PATTERNS: DatePattern[] = [
  {
    regex: /(?<![\d]|\d\.)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/dgu,
    read: (m) => ({
      y: m[1],
      m: m[3] ?? '',
      d: m[4] ?? '',
      core: [group(m, 3)[0], m.index + m[0].length],
    }),
  },
  {
    regex: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/dgu,
    read: (m) => ({ y: m[3], m: m[1] ?? '', d: m[2] ?? '', core: [m.index, group(m, 2)[1]] }),
  },
  {
    regex: /(?<!\d)(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日號号]/dgu,
    read: (m) => ({
      y: m[1],
      m: m[2] ?? '',
      d: m[3] ?? '',
      core: [group(m, 2)[0], m.index + m[0].length],
    }),
  },
  {
    regex: new RegExp(`\\b${MONTH}\\.?\\s+${DAY}(?![\\d:])(?:,?\\s+(\\d{4})(?!\\d))?`, 'dgu'),
    read: (m) => ({
      y: m[3],
      m: monthNumber(m[1] ?? ''),
      d: m[2] ?? '',
      core: [m.index, group(m, 2)[1]],
    }),
  },
  {
    regex: new RegExp(
      `(?<![\\d]|\\d\\.)${DAY}\\s+(?:of\\s+)?${MONTH}\\b\\.?(?:,?\\s+(\\d{4})(?!\\d))?`,
      'dgu',
    ),
    read: (m) => ({
      y: m[3],
      m: monthNumber(m[2] ?? ''),
      d: m[1] ?? '',
      core: [m.index, group(m, 2)[1]],
    }),
  },
  {
    regex: /(?<![\d/]|\d\.)(\d{1,2})\/(\d{1,2})(?![\d/])/dgu,
    read: (m) => ({ m: m[1] ?? '', d: m[2] ?? '', core: [m.index, m.index + m[0].length] }),
  },
];

/** 'd:2026-11-28' or 'd:11-28'; undefined for an impossible date (13/45, year 0042). */
export function dateKey(y: string | undefined, m: string, d: string): string | undefined {
  const month = Number(m);
  const day = parseInt(d, 10);
  const year = y === undefined ? undefined : Number(y);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) {
    return undefined;
  }
  if (year !== undefined && !(year >= 1900 && year <= 2199)) {
    return undefined;
  }
  return year === undefined ? `d:${month}-${day}` : `d:${year}-${month}-${day}`;
}

/** Finds dates in folded text, taking their spans from `claims`. */
export function findDates(folded: string, claims: Claims, out: Mention[]): void {
  for (const pattern of PATTERNS) {
    for (const m of folded.matchAll(pattern.regex)) {
      const parts = pattern.read(m);
      const key = dateKey(parts.y, parts.m, parts.d);
      const end = m.index + m[0].length;
      if (key === undefined || !claims.take(m.index, end)) {
        continue;
      }
      const coreKey = dateKey(undefined, parts.m, parts.d) ?? key;
      const [coreStart, coreEnd] = parts.core;
      const year = parts.y === undefined ? undefined : Number(parts.y);
      out.push({ kind: 'date', start: m.index, end, key, coreStart, coreEnd, coreKey, year });
    }
  }
}

const CLOCK =
  /(?<![\d:.])([01]?\d|2[0-4]):([0-5]\d)(?::[0-5]\d)?(?:\s?([ap])\.?m\b\.?)?(?![\d:])/giu;
const HOUR_AMPM = /(?<![\d:.])(1[0-2]|0?[1-9])\s?([ap])\.?m\b\.?/giu;

function timeKey(hour: string, minute: string, half: string | undefined): string {
  let h = Number(hour) % (half ? 12 : 24);
  if (half?.toLowerCase() === 'p') {
    h += 12;
  }
  return `t:${String(h).padStart(2, '0')}:${minute}`;
}

/** Finds clock times (15:00, 3:30 pm, 9am); they are numbers whose key is the 24-hour time. */
export function findTimes(folded: string, claims: Claims, out: Mention[]): void {
  for (const m of folded.matchAll(CLOCK)) {
    const end = m.index + m[0].length;
    if (claims.take(m.index, end)) {
      out.push(plainMention('number', m.index, end, timeKey(m[1] ?? '', m[2] ?? '', m[3])));
    }
  }
  for (const m of folded.matchAll(HOUR_AMPM)) {
    const end = m.index + m[0].length;
    if (claims.take(m.index, end)) {
      out.push(plainMention('number', m.index, end, timeKey(m[1] ?? '', '00', m[2])));
    }
  }
}
