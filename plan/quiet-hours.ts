/** A stretch of the day without nudges, in minutes after local midnight; `from > to` wraps past midnight. */
export interface QuietHours {
  from: number;
  to: number;
}

function minuteOfDay(at: Date): number {
  return at.getHours() * 60 + at.getMinutes();
}

/** Whether `at` (ms since epoch) falls inside the quiet hours, in the local time zone. Equal ends mean none. */
export function isQuiet(at: number, quiet: QuietHours | null): boolean {
  if (!quiet || quiet.from === quiet.to) return false;
  const minute = minuteOfDay(new Date(at));
  return quiet.from < quiet.to
    ? minute >= quiet.from && minute < quiet.to
    : minute >= quiet.from || minute < quiet.to;
}

/**
 * The earliest moment at or after `at` when a nudge may be shown: `at` itself outside quiet hours, else the
 * quiet hours' end (the next day's when they wrap past midnight). Set on the calendar, so a DST change is
 * honoured: the nudge comes at 8:00 on the clock, not 24 hours after 8:00 the day before.
 */
export function nextAllowedTime(at: number, quiet: QuietHours | null): number {
  if (!quiet || !isQuiet(at, quiet)) return at;
  const end = new Date(at);
  end.setHours(Math.floor(quiet.to / 60), quiet.to % 60, 0, 0);
  if (end.getTime() <= at) end.setDate(end.getDate() + 1);
  return end.getTime();
}
