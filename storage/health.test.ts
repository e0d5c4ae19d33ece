import { describe, expect, it } from 'vitest';
import { addHealth, healthStatus, recordHealth, siteHealth } from './health';

describe('site health', () => {
  it('is unseen before the adapter read anything', () => {
    expect(healthStatus(undefined)).toBe('unseen');
  });

  it('is working while reads succeed, even after an old miss', () => {
    const missed = addHealth(undefined, { read: 0, missed: 1, errors: 0 }, 100);
    expect(healthStatus(missed)).toBe('changed');
    expect(healthStatus(addHealth(missed, { read: 2, missed: 0, errors: 0 }, 200))).toBe('working');
  });

  it('says the page changed when the latest trouble came after the latest good read', () => {
    const good = addHealth(undefined, { read: 5, missed: 0, errors: 0 }, 100);
    expect(healthStatus(addHealth(good, { read: 0, missed: 0, errors: 1 }, 200))).toBe('changed');
  });

  it('says the page changed when an error came with the latest reads', () => {
    const good = addHealth(undefined, { read: 5, missed: 0, errors: 0 }, 100);
    const troubled = addHealth(good, { read: 1, missed: 0, errors: 1 }, 200);
    expect(healthStatus(troubled)).toBe('changed');
    expect(healthStatus(addHealth(troubled, { read: 1, missed: 0, errors: 0 }, 300))).toBe('working');
  });

  it('says the page changed while reports come with misses, and works again after a clean one', () => {
    const clean = addHealth(undefined, { read: 3, missed: 0, errors: 0 }, 100);
    const partly = addHealth(clean, { read: 1, missed: 1, errors: 0 }, 200);
    expect(healthStatus(partly)).toBe('changed');
    const still = addHealth(partly, { read: 2, missed: 2, errors: 0 }, 300);
    expect(healthStatus(still)).toBe('changed');
    expect(healthStatus(addHealth(still, { read: 2, missed: 0, errors: 0 }, 400))).toBe('working');
  });

  it('keeps every report of several that arrive together', async () => {
    await Promise.all(
      Array.from({ length: 4 }, (_, tab) => recordHealth('gmail', { read: 1, missed: 0, errors: 0 }, tab)),
    );
    expect((await siteHealth.getValue()).gmail?.read).toBe(4);
  });

  it('adds new counts to the stored totals per site', async () => {
    await recordHealth('gmail', { read: 2, missed: 0, errors: 0 }, 10);
    await recordHealth('gmail', { read: 1, missed: 1, errors: 0 }, 20);
    await recordHealth('outlook', { read: 1, missed: 0, errors: 0 }, 30);
    const stored = await siteHealth.getValue();
    expect(stored.gmail).toEqual({ read: 3, missed: 1, errors: 0, lastReadAt: 10, lastMissAt: 20 });
    expect(healthStatus(stored.gmail)).toBe('changed');
    expect(stored.outlook?.read).toBe(1);
  });
});
