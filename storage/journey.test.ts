import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ComebackDb } from './db';
import {
  countByPeriod,
  groupByMonth,
  journeyEntries,
  periodStart,
  roadsToOffers,
  setOffer,
  shiftPeriod,
  spanOf,
} from './journey';
import type { Application, Rejection } from './types';

/** Local time, so the tests hold in every time zone. */
const at = (year: number, month: number, day: number, hour = 12) =>
  new Date(year, month - 1, day, hour).getTime();

function rejection(id: number, receivedAt: number, company = `Company ${id}`): Rejection {
  return {
    id,
    key: `gmail:${id}`,
    source: 'gmail',
    company,
    excerpt: '',
    score: 0.9,
    reasons: [],
    receivedAt,
    loggedAt: receivedAt,
    viewed: 1,
    checklist: [],
  };
}

function application(id: number, appliedAt: number, offerAt?: number): Application {
  return { id, company: `Employer ${id}`, role: 'Analyst', appliedAt, ...(offerAt ? { offerAt } : {}) };
}

describe('the timeline', () => {
  it('puts rejections and applications on one road, newest first', () => {
    const entries = journeyEntries(
      [rejection(1, at(2025, 1, 10)), rejection(2, at(2025, 3, 2))],
      [application(1, at(2025, 2, 5))],
    );
    expect(entries.map((entry) => `${entry.kind} ${entry.id}`)).toEqual([
      'rejection 2',
      'application 1',
      'rejection 1',
    ]);
    expect(entries[1]).toMatchObject({ company: 'Employer 1', role: 'Analyst', at: at(2025, 2, 5) });
    expect(entries[0]).toMatchObject({ company: 'Company 2', source: 'gmail' });
  });

  it('groups entries by month, newest month first, across a year boundary', () => {
    const entries = journeyEntries(
      [rejection(1, at(2024, 12, 31, 23)), rejection(2, at(2025, 1, 1, 0)), rejection(3, at(2025, 1, 20))],
      [],
    );
    const groups = groupByMonth(entries);
    expect(groups.map((group) => group.start)).toEqual([at(2025, 1, 1, 0), at(2024, 12, 1, 0)]);
    expect(groups.map((group) => group.entries.map((entry) => entry.id))).toEqual([[3, 2], [1]]);
  });
});

describe('periods', () => {
  it('starts a week on Monday and a month on its first day, at local midnight', () => {
    // 5 March 2025 is a Wednesday.
    expect(periodStart(at(2025, 3, 5, 15), 'week')).toBe(at(2025, 3, 3, 0));
    expect(periodStart(at(2025, 3, 9, 23), 'week')).toBe(at(2025, 3, 3, 0));
    expect(periodStart(at(2025, 3, 10, 0), 'week')).toBe(at(2025, 3, 10, 0));
    expect(periodStart(at(2025, 3, 31, 23), 'month')).toBe(at(2025, 3, 1, 0));
    expect(shiftPeriod(at(2025, 1, 1, 0), 'month', -1)).toBe(at(2024, 12, 1, 0));
    expect(shiftPeriod(at(2025, 3, 3, 0), 'week', 2)).toBe(at(2025, 3, 17, 0));
  });

  it('counts each kind per month for the last months, oldest first, leaving out older ones', () => {
    const entries = journeyEntries(
      [rejection(1, at(2025, 3, 2)), rejection(2, at(2025, 3, 28)), rejection(3, at(2024, 1, 1))],
      [application(1, at(2025, 1, 15)), application(2, at(2025, 3, 29))],
    );
    const counts = countByPeriod(entries, 'month', at(2025, 3, 30), 3);
    expect(counts).toEqual([
      { start: at(2025, 1, 1, 0), rejections: 0, applications: 1 },
      { start: at(2025, 2, 1, 0), rejections: 0, applications: 0 },
      { start: at(2025, 3, 1, 0), rejections: 2, applications: 1 },
    ]);
  });

  it('counts per week, ending with the current week', () => {
    const entries = journeyEntries([rejection(1, at(2025, 3, 9)), rejection(2, at(2025, 3, 10))], []);
    const counts = countByPeriod(entries, 'week', at(2025, 3, 12), 2);
    expect(counts.map((count) => [count.start, count.rejections])).toEqual([
      [at(2025, 3, 3, 0), 1],
      [at(2025, 3, 10, 0), 1],
    ]);
  });
});

describe('the road to an offer', () => {
  it('counts every no and every application up to the offer, from the first step on the road', () => {
    const rejections = [
      rejection(1, at(2025, 1, 10)),
      rejection(2, at(2025, 4, 1)),
      rejection(3, at(2025, 7, 1)),
    ];
    const applications = [
      application(1, at(2025, 1, 3)),
      application(2, at(2025, 3, 1), at(2025, 6, 5)),
      application(3, at(2025, 6, 20)),
    ];
    const [road, ...others] = roadsToOffers(rejections, applications);
    expect(others).toEqual([]);
    expect(road).toMatchObject({ rejections: 2, applications: 2, since: at(2025, 1, 3) });
    expect(road?.offer.id).toBe(2);
    expect(spanOf(road?.since ?? 0, road?.offer.offerAt ?? 0)).toEqual({ value: 5, unit: 'month' });
  });

  it('has no road before there is an offer, and one per offer, newest first', () => {
    expect(roadsToOffers([rejection(1, 1)], [application(1, 2)])).toEqual([]);
    const roads = roadsToOffers(
      [],
      [application(1, at(2025, 1, 1), at(2025, 2, 1)), application(2, at(2025, 1, 2), at(2025, 5, 1))],
    );
    expect(roads.map((road) => road.offer.id)).toEqual([2, 1]);
  });

  it('says a span in days, weeks or months, as people do', () => {
    expect(spanOf(at(2025, 1, 1), at(2025, 1, 1))).toEqual({ value: 1, unit: 'day' });
    expect(spanOf(at(2025, 1, 1), at(2025, 1, 10))).toEqual({ value: 9, unit: 'day' });
    expect(spanOf(at(2025, 1, 1), at(2025, 1, 22))).toEqual({ value: 3, unit: 'week' });
    expect(spanOf(at(2025, 1, 1), at(2025, 12, 1))).toEqual({ value: 11, unit: 'month' });
  });
});

describe('marking the offer', () => {
  let db: ComebackDb;
  beforeEach(() => {
    db = new ComebackDb(`journey-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('sets and takes back the offer on an application', async () => {
    const id = await db.applications.add({ company: 'Acme', appliedAt: 1 });
    await setOffer(db, id, true, 500);
    expect((await db.applications.get(id))?.offerAt).toBe(500);
    await setOffer(db, id, false);
    expect(await db.applications.get(id)).not.toHaveProperty('offerAt');
  });
});
