import { describe, expect, test } from 'vitest';
import { parseShownDate, writesDayFirst } from '@/sites/shown-date';

/** Wednesday 13 March 2024, 15:30 in the reader's time zone. */
const NOW = new Date(2024, 2, 13, 15, 30).getTime();
const us = { now: NOW, dayFirst: false };
const uk = { now: NOW, dayFirst: true };
const at = (year: number, month: number, day: number, hours = 0, minutes = 0) =>
  new Date(year, month - 1, day, hours, minutes).getTime();

describe('parseShownDate', () => {
  test('reads numeric dates in the order of the page locale, with or without weekday and AM/PM', () => {
    expect(parseShownDate('Tue 3/5/2024 10:12 AM', us)).toBe(at(2024, 3, 5, 10, 12));
    expect(parseShownDate('Tue 3/5/2024 10:12\u202fPM', us)).toBe(at(2024, 3, 5, 22, 12));
    expect(parseShownDate('Thu 07/03/2024 14:02', uk)).toBe(at(2024, 3, 7, 14, 2));
    expect(parseShownDate('7.3.24 14:02', uk)).toBe(at(2024, 3, 7, 14, 2));
  });

  test('lets a part above 12 decide which is the day, whatever the locale', () => {
    expect(parseShownDate('28/02/2024 09:14', us)).toBe(at(2024, 2, 28, 9, 14));
    expect(parseShownDate('2/28/2024 9:14 AM', uk)).toBe(at(2024, 2, 28, 9, 14));
  });

  test('reads month names in either order, with the year or the latest such day', () => {
    expect(parseShownDate('Tue, Mar 5, 2024 at 10:12 AM', us)).toBe(at(2024, 3, 5, 10, 12));
    expect(parseShownDate('Wednesday, February 28, 2024 9:14 AM', us)).toBe(at(2024, 2, 28, 9, 14));
    expect(parseShownDate('28 February 2024 09:14', uk)).toBe(at(2024, 2, 28, 9, 14));
    expect(parseShownDate('Feb 27 9:15 AM', us)).toBe(at(2024, 2, 27, 9, 15));
    // Shown without a year in March, late December can only be last year's.
    expect(parseShownDate('Dec 28', us)).toBe(at(2023, 12, 28));
  });

  test('reads Today, Yesterday and weekdays from the time the page is read', () => {
    expect(parseShownDate('Today 10:42 AM', us)).toBe(at(2024, 3, 13, 10, 42));
    expect(parseShownDate('Yesterday', us)).toBe(at(2024, 3, 12));
    expect(parseShownDate('Monday 9:15 AM', us)).toBe(at(2024, 3, 11, 9, 15));
    expect(parseShownDate('Thu 16:00', us)).toBe(at(2024, 3, 7, 16, 0));
    // Today's own weekday means a week ago: today itself would read "Today".
    expect(parseShownDate('Wednesday', us)).toBe(at(2024, 3, 6));
  });

  test('reads midnight and noon in 12-hour time, and ISO dates', () => {
    expect(parseShownDate('1/5/2024 12:30 AM', us)).toBe(at(2024, 1, 5, 0, 30));
    expect(parseShownDate('1/5/2024 12:30 PM', us)).toBe(at(2024, 1, 5, 12, 30));
    expect(parseShownDate('2024-03-05 10:12', us)).toBe(at(2024, 3, 5, 10, 12));
    expect(parseShownDate('2024-03-05T14:15:00.000Z', us)).toBe(Date.UTC(2024, 2, 5, 14, 15));
  });

  test('gives up on text that is no date', () => {
    for (const text of [
      '',
      'Priya Raman',
      'Sunny Days',
      'Monica Sato',
      'Jane 5',
      'Mary 12',
      '3 attachments',
      '10:42 AM',
    ]) {
      expect(parseShownDate(text, us), text).toBeUndefined();
    }
    expect(parseShownDate('31/02/2024', uk)).toBeUndefined();
    expect(parseShownDate('Today 25:10', us)).toBeUndefined();
    expect(parseShownDate('Today 13:10 PM', us)).toBeUndefined();
  });
});

test('writesDayFirst follows the page language; an unknown one counts as US English', () => {
  expect(['', 'en', 'en-US', 'es-US'].map(writesDayFirst)).toEqual([false, false, false, false]);
  expect(['en-GB', 'de-DE', 'fr', 'nl-NL'].map(writesDayFirst)).toEqual([true, true, true, true]);
});
