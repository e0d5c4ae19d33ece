import { describe, expect, it } from 'vitest';
import { appliedAtFrom, dateFieldValue } from './applied-date';

const NOW = new Date(2025, 3, 15, 9, 30).getTime();

describe('the application date field', () => {
  it('shows the local calendar date', () => {
    expect(dateFieldValue(NOW)).toBe('2025-04-15');
    expect(dateFieldValue(new Date(2025, 0, 5, 23, 59).getTime())).toBe('2025-01-05');
  });

  it('dates an application sent today at this moment', () => {
    expect(appliedAtFrom('2025-04-15', NOW)).toBe(NOW);
  });

  it('dates one sent another day at its midday', () => {
    expect(appliedAtFrom('2025-04-11', NOW)).toBe(new Date(2025, 3, 11, 12).getTime());
  });

  it('has no date for an empty or impossible value', () => {
    expect(appliedAtFrom('', NOW)).toBeUndefined();
    expect(appliedAtFrom('2025-02-30', NOW)).toBeUndefined();
    expect(appliedAtFrom('15/04/2025', NOW)).toBeUndefined();
  });
});
