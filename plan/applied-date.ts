/*
 * The date field of "I applied again": a calendar date in the user's own time zone, as `<input type="date">`
 * reads and writes it (`YYYY-MM-DD`).
 */

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The local calendar date of `ms`, as a date field shows it. */
export function dateFieldValue(ms: number): string {
  const date = new Date(ms);
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * When an application dated `value` was sent: now for today, so it counts after a rejection that came this
 * morning; midday for another day, clear of any daylight-saving edge. `undefined` for no date at all.
 */
export function appliedAtFrom(value: string, now: number): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  if (value === dateFieldValue(now)) return now;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const midday = new Date(year, month - 1, day, 12);
  return dateFieldValue(midday.getTime()) === value ? midday.getTime() : undefined;
}
