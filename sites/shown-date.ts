/**
 * Dates as web mail and messaging apps show them to the reader: `Tue 3/5/2024 10:12 AM`, `Thu 07/03/2024 14:02`,
 * `Tue, Mar 5, 2024 at 10:12 AM`, `Today 10:42 AM`, `Monday 9:15 AM`, `Feb 27 9:15 AM`. English words only; other
 * languages' month and day names stay unknown. Parsed by hand because browsers disagree on `Date.parse` for them.
 */

export interface ShownDateContext {
  /** When the page is read (ms since epoch): the reference for "Today", "Monday" and dates without a year. */
  now: number;
  /** An all-numeric date puts the day first (05/03/2024 is 5 March), as everywhere but a few locales. */
  dayFirst: boolean;
}

/** Locales that write the month first in numeric dates; an unknown locale counts as US English. */
const MONTH_FIRST = /^(?:|en|en-us|en-ph|es-us|fil|fil-ph)$/i;

/** Whether a page in language `lang` (its `<html lang>`) writes numeric dates day first. */
export function writesDayFirst(lang: string): boolean {
  return !MONTH_FIRST.test(lang.trim());
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** Month and weekday names, whole or abbreviated, but never the start of another word ("Sunny", "Marcus"). */
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?`;
const YEAR = String.raw`(?:,? (\d{4}))?`;

const TIME = /\b(\d{1,2}):(\d{2})(?::\d{2})? ?(?:([ap])\.?m\.?)?(?![\w:])/;
const ISO_DAY = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/;
const NUMERIC_DAY = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/;
const DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\.? (?:of )?${MONTH}${YEAR}`);
const MONTH_DAY = new RegExp(String.raw`\b${MONTH} (\d{1,2})(?:st|nd|rd|th)?\b${YEAR}`);
const WEEKDAY =
  /\b(sun(?:day)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?)\b/;
const DAY_MS = 86_400_000;

interface Day {
  year: number;
  /** 0-based, as `Date` counts. */
  month: number;
  day: number;
}

const monthIndex = (name: string | undefined) => MONTHS.indexOf((name ?? '').slice(0, 3));

const dayOf = (time: number): Day => {
  const date = new Date(time);
  return { year: date.getFullYear(), month: date.getMonth(), day: date.getDate() };
};

/** A day shown without a year is the latest such day that is not in the future. */
function withYear(month: number, day: number, year: string | undefined, now: number): Day {
  if (year) return { year: Number(year), month, day };
  const thisYear = new Date(now).getFullYear();
  const inFuture = new Date(thisYear, month, day).getTime() > now + DAY_MS;
  return { year: inFuture ? thisYear - 1 : thisYear, month, day };
}

function numericDay(match: RegExpExecArray, dayFirst: boolean): Day {
  const [a, b] = [Number(match[1]), Number(match[2])];
  const year = match[3]?.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
  // A part above 12 can only be the day, whatever the locale says.
  const dayComesFirst = a > 12 || (b <= 12 && dayFirst);
  return dayComesFirst ? { year, month: b - 1, day: a } : { year, month: a - 1, day: b };
}

function readDay(text: string, { now, dayFirst }: ShownDateContext): Day | undefined {
  const iso = ISO_DAY.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]) - 1, day: Number(iso[3]) };
  const numeric = NUMERIC_DAY.exec(text);
  if (numeric) return numericDay(numeric, dayFirst);
  const dayMonth = DAY_MONTH.exec(text);
  if (dayMonth) return withYear(monthIndex(dayMonth[2]), Number(dayMonth[1]), dayMonth[3], now);
  const monthDay = MONTH_DAY.exec(text);
  if (monthDay) return withYear(monthIndex(monthDay[1]), Number(monthDay[2]), monthDay[3], now);
  if (/\btoday\b/.test(text)) return dayOf(now);
  if (/\byesterday\b/.test(text)) return dayOf(now - DAY_MS);
  const weekday = WEEKDAY.exec(text);
  if (!weekday) return undefined;
  // "Monday" is the last Monday before today (today itself would read "Today").
  const back = (new Date(now).getDay() - WEEKDAYS.indexOf((weekday[1] ?? '').slice(0, 3)) + 7) % 7 || 7;
  return dayOf(now - back * DAY_MS);
}

/** The shown date and time as ms since the epoch in the reader's time zone, or undefined when it is no date. */
export function parseShownDate(shown: string, context: ShownDateContext): number | undefined {
  // Recent ICU puts a narrow no-break space before AM/PM; `\s` covers it.
  const text = shown.replace(/\s+/g, ' ').trim().toLowerCase();
  if (/^\d{4}-\d{2}-\d{2}t\d{2}:\d{2}/.test(text)) {
    const exact = Date.parse(shown.trim());
    return Number.isNaN(exact) ? undefined : exact;
  }
  const time = TIME.exec(text);
  const day = readDay(time ? text.replace(time[0], ' ') : text, context);
  if (!day || day.month < 0) return undefined;
  const [hour, minutes, half] = time ? [Number(time[1]), Number(time[2]), time[3]] : [0, 0, undefined];
  if ((half ? hour < 1 || hour > 12 : hour > 23) || minutes > 59) return undefined;
  const hours = (hour % (half ? 12 : 24)) + (half === 'p' ? 12 : 0);
  const date = new Date(day.year, day.month, day.day, hours, minutes);
  // A day that does not exist (31/02) rolls over into another month: not a date.
  return date.getMonth() === day.month && date.getDate() === day.day ? date.getTime() : undefined;
}
