import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isQuiet, nextAllowedTime, quietHourChoices } from './quiet-hours';

const NIGHT = { from: 22 * 60, to: 8 * 60 };
const LUNCH = { from: 12 * 60, to: 13 * 60 + 30 };

/** A local time on 12 March 2025 (or a later day), as the user's clock shows it. */
const at = (hours: number, minutes = 0, day = 12) => new Date(2025, 2, day, hours, minutes).getTime();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at(9));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('isQuiet', () => {
  it.each([
    [at(21, 59), false],
    [at(22), true],
    [at(23, 30), true],
    [at(0), true],
    [at(7, 59), true],
    [at(8), false],
    [at(15), false],
  ])('reads quiet hours that wrap past midnight at %s as %s', (time, quiet) => {
    expect(isQuiet(time, NIGHT)).toBe(quiet);
  });

  it('reads quiet hours within one day', () => {
    expect(isQuiet(at(11, 59), LUNCH)).toBe(false);
    expect(isQuiet(at(12), LUNCH)).toBe(true);
    expect(isQuiet(at(13, 29), LUNCH)).toBe(true);
    expect(isQuiet(at(13, 30), LUNCH)).toBe(false);
  });

  it('has no quiet time when there are none or both ends are equal', () => {
    expect(isQuiet(Date.now(), null)).toBe(false);
    expect(isQuiet(at(22), { from: 22 * 60, to: 22 * 60 })).toBe(false);
  });
});

describe('nextAllowedTime', () => {
  it('keeps a time outside quiet hours as it is', () => {
    expect(nextAllowedTime(Date.now(), NIGHT)).toBe(at(9));
    expect(nextAllowedTime(at(21, 59), NIGHT)).toBe(at(21, 59));
    expect(nextAllowedTime(at(3), null)).toBe(at(3));
  });

  it('moves a late evening time to the next morning, past midnight', () => {
    expect(nextAllowedTime(at(22, 15), NIGHT)).toBe(at(8, 0, 13));
  });

  it('moves a time after midnight to the same morning', () => {
    expect(nextAllowedTime(at(2, 40, 13), NIGHT)).toBe(at(8, 0, 13));
  });

  it('moves a time within daytime quiet hours to their end that day', () => {
    expect(nextAllowedTime(at(12, 5), LUNCH)).toBe(at(13, 30));
  });

  it('gives a time at which a nudge is allowed', () => {
    for (let minutes = 0; minutes < 24 * 60; minutes += 7) {
      const time = Date.now() + minutes * 60_000;
      const allowed = nextAllowedTime(time, NIGHT);
      expect(isQuiet(allowed, NIGHT)).toBe(false);
      expect(allowed).toBeGreaterThanOrEqual(time);
      expect(allowed - time).toBeLessThanOrEqual(10 * 60 * 60_000);
    }
  });
});

describe('quietHourChoices', () => {
  it('offers every half hour of the day, and a time already chosen between them', () => {
    const choices = quietHourChoices();
    expect(choices).toHaveLength(48);
    expect(choices.slice(0, 3)).toEqual([0, 30, 60]);
    expect(choices.at(-1)).toBe(23 * 60 + 30);
    expect(quietHourChoices([22 * 60 + 15, 60, 24 * 60])).toEqual([
      ...choices.slice(0, 45),
      22 * 60 + 15,
      ...choices.slice(45),
    ]);
  });
});
