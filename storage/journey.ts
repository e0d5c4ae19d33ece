/**
 * The journey: every no and every application on one road, counted per week or month, and the road that led to
 * an offer. Pure functions over the records, in local time (a week starts on Monday), plus marking the offer.
 */
import type { ComebackDb } from './db';
import type { Application, Rejection, Source } from './types';

export type JourneyEntry =
  | { kind: 'rejection'; id: number; at: number; company?: string; role?: string; source: Source }
  | { kind: 'application'; id: number; at: number; company: string; role?: string; offerAt?: number };

/** Every rejection and application, newest first. */
export function journeyEntries(
  rejections: readonly Rejection[],
  applications: readonly Application[],
): JourneyEntry[] {
  const entries: JourneyEntry[] = [
    ...rejections.map(({ id, receivedAt, company, role, source }) => ({
      kind: 'rejection' as const,
      id,
      at: receivedAt,
      company,
      role,
      source,
    })),
    ...applications.map(({ id, appliedAt, company, role, offerAt }) => ({
      kind: 'application' as const,
      id,
      at: appliedAt,
      company,
      role,
      offerAt,
    })),
  ];
  return entries.sort((a, b) => b.at - a.at || a.kind.localeCompare(b.kind) || b.id - a.id);
}

export type Period = 'week' | 'month';

/** The local midnight starting the week (Monday) or month that `at` falls in. */
export function periodStart(at: number, period: Period): number {
  const date = new Date(at);
  if (period === 'month') return new Date(date.getFullYear(), date.getMonth(), 1).getTime();
  const sinceMonday = (date.getDay() + 6) % 7;
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() - sinceMonday).getTime();
}

/** The start of the period `steps` periods after the one starting at `start` (negative goes back). */
export function shiftPeriod(start: number, period: Period, steps: number): number {
  const date = new Date(start);
  return period === 'month'
    ? new Date(date.getFullYear(), date.getMonth() + steps, 1).getTime()
    : new Date(date.getFullYear(), date.getMonth(), date.getDate() + 7 * steps).getTime();
}

export interface MonthGroup {
  /** The month's first moment, local time. */
  start: number;
  entries: JourneyEntry[];
}

/** Newest-first entries in month groups, newest month first, each keeping the entries' order. */
export function groupByMonth(entries: readonly JourneyEntry[]): MonthGroup[] {
  const groups: MonthGroup[] = [];
  for (const entry of entries) {
    const start = periodStart(entry.at, 'month');
    const last = groups[groups.length - 1];
    if (last?.start === start) last.entries.push(entry);
    else groups.push({ start, entries: [entry] });
  }
  return groups;
}

export interface PeriodCount {
  start: number;
  rejections: number;
  applications: number;
}

/** Rejections and applications in each of the last `count` periods, oldest first, ending with the current one. */
export function countByPeriod(
  entries: readonly JourneyEntry[],
  period: Period,
  now: number,
  count: number,
): PeriodCount[] {
  const current = periodStart(now, period);
  const counts = Array.from({ length: count }, (_, index) => ({
    start: shiftPeriod(current, period, index - count + 1),
    rejections: 0,
    applications: 0,
  }));
  const byStart = new Map(counts.map((bucket) => [bucket.start, bucket]));
  for (const entry of entries) {
    const bucket = byStart.get(periodStart(entry.at, period));
    if (!bucket) continue;
    if (entry.kind === 'rejection') bucket.rejections += 1;
    else bucket.applications += 1;
  }
  return counts;
}

/** The offer and the road that led to it: every no and every application up to that day. */
export interface Road {
  offer: Application & { offerAt: number };
  rejections: number;
  applications: number;
  /** When the road began: the first no or application on it. */
  since: number;
}

/** One road per offer, newest offer first. */
export function roadsToOffers(
  rejections: readonly Rejection[],
  applications: readonly Application[],
): Road[] {
  const offers = applications
    .filter((application): application is Road['offer'] => application.offerAt !== undefined)
    .sort((a, b) => b.offerAt - a.offerAt);
  return offers.map((offer) => {
    const noes = rejections.filter((rejection) => rejection.receivedAt <= offer.offerAt);
    const sent = applications.filter((application) => application.appliedAt <= offer.offerAt);
    const since = [
      ...noes.map((rejection) => rejection.receivedAt),
      ...sent.map((sentOne) => sentOne.appliedAt),
    ].reduce((first, at) => Math.min(first, at), offer.appliedAt);
    return { offer, rejections: noes.length, applications: sent.length, since };
  });
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A length of time as people say it: days up to two weeks, weeks up to two months, then months. */
export function spanOf(from: number, to: number): { value: number; unit: 'day' | 'week' | 'month' } {
  const days = Math.max(1, Math.round((to - from) / DAY_MS));
  if (days < 14) return { value: days, unit: 'day' };
  if (days < 61) return { value: Math.round(days / 7), unit: 'week' };
  return { value: Math.round(days / 30.44), unit: 'month' };
}

/** "I got an offer" on an application, or taken back. */
export async function setOffer(db: ComebackDb, id: number, offer: boolean, now = Date.now()): Promise<void> {
  await db.applications.update(id, { offerAt: offer ? now : undefined });
}
