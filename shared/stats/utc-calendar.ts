/**
 * Day and ISO 8601 week of an instant, both in UTC: a team spread over time zones must see the
 * same buckets on every machine, and the hub computes the same ones. Weeks start on Monday and
 * week 1 is the week with the year's first Thursday, so 2026-12-31 (a Thursday) is 2026-W53 and
 * 2027-01-01 is still 2026-W53.
 */

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of the UTC day `ms` falls in. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `YYYY-Www` (ISO week-numbering year and week) of the UTC day `ms` falls in. */
export function isoWeek(ms: number): string {
  const date = new Date(Math.floor(ms / DAY_MS) * DAY_MS);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  // The Thursday of this week decides the week's year and number.
  const thursday = new Date(date.getTime() + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const firstDay = Date.UTC(year, 0, 1);
  const week = Math.floor((thursday.getTime() - firstDay) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * Day and week labels per day number, computed once per distinct day: a run over 100,000 events
 * spans a few hundred days, so building strings per event would be the slow part.
 */
export class UtcCalendar {
  private readonly days = new Map<number, { day: string; week: string }>();

  /** The day and week of `ms`. */
  of(ms: number): { day: string; week: string } {
    const dayNumber = Math.floor(ms / DAY_MS);
    let labels = this.days.get(dayNumber);
    if (labels === undefined) {
      labels = { day: utcDay(ms), week: isoWeek(ms) };
      this.days.set(dayNumber, labels);
    }
    return labels;
  }
}
