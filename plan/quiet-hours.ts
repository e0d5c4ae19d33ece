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

const MINUTES_PER_DAY = 24 * 60;
/** The step of the times offered for quiet hours: half hours are as fine as anyone plans their evenings. */
const CHOICE_STEP = 30;

/** Whether `minute` is a moment of the day: whole minutes after midnight, before the next one. */
export function isMinuteOfDay(minute: number): boolean {
  return Number.isInteger(minute) && minute >= 0 && minute < MINUTES_PER_DAY;
}

/** The times quiet hours may start or end at: every half hour, plus any already chosen off the half hour. */
export function quietHourChoices(chosen: readonly number[] = []): number[] {
  const halfHours = Array.from({ length: MINUTES_PER_DAY / CHOICE_STEP }, (_, index) => index * CHOICE_STEP);
  return [...new Set([...halfHours, ...chosen.filter(isMinuteOfDay)])].sort((a, b) => a - b);
}
