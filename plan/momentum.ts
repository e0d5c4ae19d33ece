import type { Application, Rejection } from '@/storage/types';

/*
 * Momentum you can see: a few honest figures, counted in the user's own calendar days and months (their time
 * zone), so a no at 11 pm on the 31st belongs to the month it arrived in where they live.
 */

const MS_PER_DAY = 24 * 60 * 60 * 1000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function datePartsIn(ms: number, timeZone: string): { year: number; month: number; day: number } {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(ms).map((part) => [part.type, part.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

/** The calendar day `ms` falls on in `timeZone`, as a count of days, so two days subtract to the days between. */
export function calendarDay(ms: number, timeZone: string): number {
  const { year, month, day } = datePartsIn(ms, timeZone);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** Two moments of one calendar month lie less than this apart in any time zone, clock shifts included. */
const WITHIN_A_MONTH_MS = 32 * MS_PER_DAY;

/** Rejections received in the current calendar month. */
export function rejectionsThisMonth(
  rejections: readonly Pick<Rejection, 'receivedAt'>[],
  now: number,
  timeZone: string,
): number {
  const current = datePartsIn(now, timeZone);
  // Most of thousands stored are months old: a subtraction rules them out before a date is formatted.
  return rejections.filter(({ receivedAt }) => {
    if (Math.abs(receivedAt - now) >= WITHIN_A_MONTH_MS) return false;
    const received = datePartsIn(receivedAt, timeZone);
    return received.year === current.year && received.month === current.month;
  }).length;
}

/** Calendar days since the latest application (0 for today); `undefined` before any was logged. */
export function daysSinceLastApplication(
  applications: readonly Pick<Application, 'appliedAt'>[],
  now: number,
  timeZone: string,
): number | undefined {
  if (applications.length === 0) return undefined;
  const latest = Math.max(...applications.map((application) => application.appliedAt));
  return Math.max(0, calendarDay(now, timeZone) - calendarDay(latest, timeZone));
}

function median(values: readonly number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return undefined;
  if (sorted.length % 2 === 1) return sorted[middle];
  return ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * The typical bounce-back: the median, over rejections followed by an application, of the calendar days from the
 * rejection to the next application after it (one logged from its plan counts even if dated earlier that day).
 * Rejections not yet followed by one are still open and left out. `undefined` until there is one.
 */
export function typicalBounceBack(
  rejections: readonly Pick<Rejection, 'id' | 'receivedAt'>[],
  applications: readonly Pick<Application, 'appliedAt' | 'afterRejectionId'>[],
  timeZone: string,
): number | undefined {
  const days: number[] = [];
  for (const rejection of rejections) {
    let next: number | undefined;
    for (const application of applications) {
      const follows =
        application.appliedAt >= rejection.receivedAt || application.afterRejectionId === rejection.id;
      if (follows && (next === undefined || application.appliedAt < next)) next = application.appliedAt;
    }
    if (next !== undefined) {
      days.push(Math.max(0, calendarDay(next, timeZone) - calendarDay(rejection.receivedAt, timeZone)));
    }
  }
  return median(days);
}

export interface MomentumFigures {
  rejectionsThisMonth: number;
  daysSinceLastApplication: number | undefined;
  typicalBounceBack: number | undefined;
}

export function momentumFigures(
  rejections: readonly Pick<Rejection, 'id' | 'receivedAt'>[],
  applications: readonly Pick<Application, 'appliedAt' | 'afterRejectionId'>[],
  now: number,
  timeZone: string,
): MomentumFigures {
  return {
    rejectionsThisMonth: rejectionsThisMonth(rejections, now, timeZone),
    daysSinceLastApplication: daysSinceLastApplication(applications, now, timeZone),
    typicalBounceBack: typicalBounceBack(rejections, applications, timeZone),
  };
}
