import { describe, expect, it } from 'vitest';
import { englishMessage } from '@/tests/setup/unit';
import { formatDay, formatMoment, rejectionChoiceLabel, rejectionTitle } from './describe';
import type { Translate } from './translate';

const t = englishMessage as Translate;
const march12 = Date.UTC(2025, 2, 12, 12);

describe('rejectionTitle', () => {
  it.each([
    [{ role: 'Designer', company: 'Acme' }, 'Designer at Acme'],
    [{ company: 'Acme' }, 'Acme'],
    [{ role: 'Designer', company: ' ' }, 'Designer'],
    [{}, 'A rejection'],
  ])('titles %j as %j', (named, expected) => {
    expect(rejectionTitle(named, t)).toBe(expected);
  });
});

describe('formatDay', () => {
  it('writes the date in the given language', () => {
    expect(formatDay(march12, 'en-US')).toBe('Mar 12, 2025');
    expect(formatDay(march12, 'de-DE')).toBe('12.03.2025');
    expect(formatDay(march12, 'fr')).toBe('12 mars 2025');
    expect(formatDay(march12, 'es')).toBe('12 mar 2025');
  });
});

describe('rejectionChoiceLabel', () => {
  it('lists company, role and date, leaving out what is unknown', () => {
    expect(rejectionChoiceLabel({ company: 'Acme', role: 'Designer', receivedAt: march12 }, t, 'en-US')).toBe(
      'Acme — Designer — Mar 12, 2025',
    );
    expect(rejectionChoiceLabel({ role: 'Designer', receivedAt: march12 }, t, 'en-US')).toBe(
      'Designer — Mar 12, 2025',
    );
    expect(rejectionChoiceLabel({ receivedAt: march12 }, t, 'en-US')).toBe('A rejection — Mar 12, 2025');
  });
});

describe('formatMoment', () => {
  it('writes the weekday and time in the given language', () => {
    const wednesdayAfternoon = new Date(2025, 2, 12, 15, 30).getTime();
    expect(formatMoment(wednesdayAfternoon, 'en-US').replace(/\s/g, ' ')).toBe('Wed 3:30 PM');
    expect(formatMoment(wednesdayAfternoon, 'de-DE')).toBe('Mi., 15:30');
    expect(formatMoment(wednesdayAfternoon, 'fr')).toBe('mer. 15:30');
  });
});
