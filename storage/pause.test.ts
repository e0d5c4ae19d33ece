import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ComebackDb } from './db';
import { endPause, markPauseNudged, startPause } from './pause';
import { PAUSE_MS } from './preferences';
import { addManual } from './rejections';

let db: ComebackDb;
let id: number;
beforeEach(async () => {
  db = new ComebackDb(`test-${crypto.randomUUID()}`);
  id = await addManual(db, { company: 'Northwind' }, 1_000);
});
afterEach(async () => {
  await db.delete();
});

const pauseOf = async () => (await db.rejections.get(id))?.pause;

describe('a pause', () => {
  it('lasts the chosen time', async () => {
    expect(await startPause(db, id, 'hours', 5_000)).toEqual({ until: 5_000 + PAUSE_MS.hours });
    expect(await pauseOf()).toEqual({ until: 5_000 + PAUSE_MS.hours });
    await startPause(db, id, 'twoDays', 6_000);
    expect(await pauseOf()).toEqual({ until: 6_000 + PAUSE_MS.twoDays });
  });

  it('is nudged once, never twice', async () => {
    await startPause(db, id, 'day', 0);
    expect(await markPauseNudged(db, id, 10)).toBe(true);
    expect(await markPauseNudged(db, id, 20)).toBe(false);
    expect(await pauseOf()).toEqual({ until: PAUSE_MS.day, nudgedAt: 10 });
  });

  it('keeps the nudge mark when taken again, so no second nudge comes', async () => {
    await startPause(db, id, 'hours', 0);
    await markPauseNudged(db, id, 10);
    expect(await startPause(db, id, 'day', 100)).toEqual({ until: 100 + PAUSE_MS.day, nudgedAt: 10 });
    expect(await markPauseNudged(db, id, 200)).toBe(false);
  });

  it('is forgotten when ended before its nudge, and simply ends when the nudge was shown', async () => {
    await startPause(db, id, 'day', 0);
    await endPause(db, id, 50);
    expect(await pauseOf()).toBeUndefined();
    expect(await markPauseNudged(db, id, 60)).toBe(false);

    await startPause(db, id, 'day', 100);
    await markPauseNudged(db, id, 150);
    await endPause(db, id, 200);
    expect(await pauseOf()).toEqual({ until: 200, nudgedAt: 150 });
  });

  it('cannot be taken for a rejection that is gone', async () => {
    await expect(startPause(db, id + 1, 'day')).rejects.toThrow();
    expect(await markPauseNudged(db, id + 1)).toBe(false);
  });
});
