import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calendarDay,
  daysSinceLastApplication,
  momentumFigures,
  rejectionsThisMonth,
  typicalBounceBack,
} from './momentum';

const NEW_YORK = 'America/New_York';
const TOKYO = 'Asia/Tokyo';
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** 2025-04-15, midday in New York. */
const APRIL_15 = Date.UTC(2025, 3, 15, 16);
const rejection = (id: number, receivedAt: number) => ({ id, receivedAt });
const applied = (appliedAt: number, afterRejectionId?: number) => ({ appliedAt, afterRejectionId });

describe('calendarDay', () => {
  it('counts the date where the user lives', () => {
    // 03:30 UTC on April 1st is still March 31st in New York, and already April 1st in Tokyo.
    const instant = Date.UTC(2025, 3, 1, 3, 30);
    expect(calendarDay(instant, NEW_YORK)).toBe(Date.UTC(2025, 2, 31) / DAY);
    expect(calendarDay(instant, TOKYO)).toBe(Date.UTC(2025, 3, 1) / DAY);
  });

  it('steps one a day across a daylight-saving change', () => {
    const before = Date.UTC(2025, 2, 8, 17);
    expect(calendarDay(before + 2 * DAY, NEW_YORK) - calendarDay(before, NEW_YORK)).toBe(2);
  });
});

describe('rejectionsThisMonth', () => {
  it('is 0 without rejections', () => {
    expect(rejectionsThisMonth([], APRIL_15, NEW_YORK)).toBe(0);
  });

  it('counts one received this month', () => {
    expect(rejectionsThisMonth([rejection(1, APRIL_15 - DAY)], APRIL_15, NEW_YORK)).toBe(1);
  });

  it('places a rejection at a month’s edge in the month it arrived in where the user lives', () => {
    const lateMarch31InNewYork = Date.UTC(2025, 3, 1, 3, 30);
    const earlyApril1InNewYork = Date.UTC(2025, 3, 1, 4, 30);
    const rejections = [rejection(1, lateMarch31InNewYork), rejection(2, earlyApril1InNewYork)];
    expect(rejectionsThisMonth(rejections, APRIL_15, NEW_YORK)).toBe(1);
    expect(rejectionsThisMonth(rejections, APRIL_15, 'UTC')).toBe(2);
    // In Tokyo both arrived on the afternoon of April 1st.
    expect(rejectionsThisMonth(rejections, APRIL_15, TOKYO)).toBe(2);
  });

  it('leaves out the same month of another year', () => {
    expect(rejectionsThisMonth([rejection(1, APRIL_15 - 365 * DAY)], APRIL_15, NEW_YORK)).toBe(0);
  });

  it('counts the first moment of a 31-day month on its last', () => {
    const march1InNewYork = Date.UTC(2025, 2, 1, 5);
    const lastMinuteOfMarch31InNewYork = Date.UTC(2025, 3, 1, 3, 59);
    expect(rejectionsThisMonth([rejection(1, march1InNewYork)], lastMinuteOfMarch31InNewYork, NEW_YORK)).toBe(
      1,
    );
    expect(
      rejectionsThisMonth([rejection(1, march1InNewYork - HOUR)], lastMinuteOfMarch31InNewYork, NEW_YORK),
    ).toBe(0);
  });

  it('agrees with comparing the formatted year and month of each rejection', () => {
    const zones = [NEW_YORK, TOKYO, 'UTC', 'Pacific/Apia', 'Pacific/Kiritimati', 'Australia/Lord_Howe'];
    const span = 3 * 366 * DAY;
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2010, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.array(
          fc.oneof(fc.integer({ min: -40 * DAY, max: 40 * DAY }), fc.integer({ min: -span, max: span })),
        ),
        fc.constantFrom(...zones),
        (now, offsets, timeZone) => {
          const month = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' });
          const received = offsets.map((offset, index) => rejection(index, now + offset));
          const expected = received.filter(
            (each) => month.format(each.receivedAt) === month.format(now),
          ).length;
          expect(rejectionsThisMonth(received, now, timeZone)).toBe(expected);
        },
      ),
    );
  });
});

describe('daysSinceLastApplication', () => {
  it('has no figure before any application', () => {
    expect(daysSinceLastApplication([], APRIL_15, NEW_YORK)).toBeUndefined();
  });

  it('is 0 on the day of one application, counting calendar days', () => {
    expect(daysSinceLastApplication([applied(APRIL_15 - 10 * HOUR)], APRIL_15, NEW_YORK)).toBe(0);
    expect(daysSinceLastApplication([applied(APRIL_15 - 13 * HOUR)], APRIL_15, NEW_YORK)).toBe(1);
  });

  it('counts from the latest application, and never below 0 for one dated ahead', () => {
    expect(
      daysSinceLastApplication(
        [applied(APRIL_15 - 9 * DAY), applied(APRIL_15 - 3 * DAY)],
        APRIL_15,
        NEW_YORK,
      ),
    ).toBe(3);
    expect(daysSinceLastApplication([applied(APRIL_15 + 2 * DAY)], APRIL_15, NEW_YORK)).toBe(0);
  });
});

describe('typicalBounceBack', () => {
  it('has no figure without data, or while no rejection has been followed by an application', () => {
    expect(typicalBounceBack([], [], NEW_YORK)).toBeUndefined();
    expect(typicalBounceBack([rejection(1, APRIL_15)], [], NEW_YORK)).toBeUndefined();
    expect(typicalBounceBack([], [applied(APRIL_15)], NEW_YORK)).toBeUndefined();
    expect(typicalBounceBack([rejection(1, APRIL_15)], [applied(APRIL_15 - DAY)], NEW_YORK)).toBeUndefined();
  });

  it('counts the days from one rejection to the next application after it', () => {
    expect(typicalBounceBack([rejection(1, APRIL_15)], [applied(APRIL_15 + 4 * DAY + HOUR)], NEW_YORK)).toBe(
      4,
    );
  });

  it('takes the next application, not a later one, and the median over rejections', () => {
    const rejections = [
      rejection(1, APRIL_15),
      rejection(2, APRIL_15 + 10 * DAY),
      rejection(3, APRIL_15 + 20 * DAY),
    ];
    const applications = [
      applied(APRIL_15 + 2 * DAY),
      applied(APRIL_15 + 3 * DAY),
      applied(APRIL_15 + 16 * DAY),
      applied(APRIL_15 + 21 * DAY),
    ];
    // 2, 6 and 1 days: the median is 2.
    expect(typicalBounceBack(rejections, applications, NEW_YORK)).toBe(2);
    // Rejection 3 not yet followed: 2 and 6 days, a median of 4.
    expect(typicalBounceBack(rejections, applications.slice(0, 3), NEW_YORK)).toBe(4);
  });

  it('counts an application logged from a rejection’s plan, even one dated earlier that day, as 0 days', () => {
    const afternoon = APRIL_15 + 3 * HOUR;
    expect(typicalBounceBack([rejection(1, afternoon)], [applied(APRIL_15, 1)], NEW_YORK)).toBe(0);
  });

  it('counts calendar days in the user’s time zone', () => {
    // 11 pm on April 14th to 1 am on April 15th in New York: one day apart, though only two hours.
    const lateEvening = Date.UTC(2025, 3, 15, 3);
    expect(typicalBounceBack([rejection(1, lateEvening)], [applied(lateEvening + 2 * HOUR)], NEW_YORK)).toBe(
      1,
    );
    expect(typicalBounceBack([rejection(1, lateEvening)], [applied(lateEvening + 2 * HOUR)], 'UTC')).toBe(0);
  });

  it('lies between the shortest and the longest bounce-back', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 15 }),
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 15 }),
        (rejectionDays, applicationDays) => {
          const rejections = rejectionDays.map((day, index) => rejection(index, APRIL_15 + day * DAY));
          const applications = applicationDays.map((day) => applied(APRIL_15 + day * DAY + HOUR));
          const gaps = rejectionDays.flatMap((day) => {
            const next = Math.min(...applicationDays.filter((other) => other >= day));
            return Number.isFinite(next) ? [next - day] : [];
          });
          const typical = typicalBounceBack(rejections, applications, NEW_YORK);
          if (gaps.length === 0) {
            expect(typical).toBeUndefined();
          } else {
            expect(typical).toBeGreaterThanOrEqual(Math.min(...gaps));
            expect(typical).toBeLessThanOrEqual(Math.max(...gaps));
          }
        },
      ),
    );
  });
});

describe('momentumFigures', () => {
  it('has a kind start with no data at all', () => {
    expect(momentumFigures([], [], APRIL_15, NEW_YORK)).toEqual({
      rejectionsThisMonth: 0,
      daysSinceLastApplication: undefined,
      typicalBounceBack: undefined,
    });
  });

  it('puts the three figures together', () => {
    expect(
      momentumFigures(
        [rejection(1, APRIL_15 - 5 * DAY)],
        [applied(APRIL_15 - 2 * DAY, 1)],
        APRIL_15,
        NEW_YORK,
      ),
    ).toEqual({ rejectionsThisMonth: 1, daysSinceLastApplication: 2, typicalBounceBack: 3 });
  });
});
