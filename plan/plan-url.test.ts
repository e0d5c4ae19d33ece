import { describe, expect, it } from 'vitest';
import { requestedPlanId } from './plan-url';

describe('requestedPlanId', () => {
  it('reads a positive whole id', () => {
    expect(requestedPlanId('?id=42')).toBe(42);
    expect(requestedPlanId('?x=1&id=7')).toBe(7);
  });

  it.each(['', '?id=', '?id=0', '?id=-3', '?id=1.5', '?id=abc', '?id=99999999999999999999'])(
    'ignores %j',
    (search) => {
      expect(requestedPlanId(search)).toBeUndefined();
    },
  );
});
