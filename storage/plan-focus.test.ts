import { describe, expect, it } from 'vitest';
import { focusPlan, PLAN_FOCUS_TTL_MS, takePlanFocus } from './plan-focus';

describe('plan focus', () => {
  it('is empty until a plan is asked for', async () => {
    expect(await takePlanFocus()).toBeUndefined();
  });

  it('hands the asked-for rejection to the next opening only', async () => {
    await focusPlan(42, 1000);
    expect(await takePlanFocus(2000)).toBe(42);
    expect(await takePlanFocus(3000)).toBeUndefined();
  });

  it('forgets a request the popup never took in time', async () => {
    await focusPlan(7, 1000);
    expect(await takePlanFocus(1000 + PLAN_FOCUS_TTL_MS + 1)).toBeUndefined();
  });
});
