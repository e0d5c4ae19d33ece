import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ComebackDb } from './db';
import type { Win } from './types';
import {
  addWin,
  addWins,
  afterShowing,
  deleteWin,
  listWins,
  markWinShown,
  nextWin,
  restoreWin,
  updateWin,
} from './wins';

function win(id: number, createdAt: number, lastShownAt: number, starred: 0 | 1 = 0): Win {
  return { id, text: `win ${id}`, createdAt, lastShownAt, starred, tags: [] };
}

/** Opens the popup once per gap (ms after the previous opening) and answers the ids shown, in order. */
function simulateOpenings(start: readonly Win[], gaps: readonly number[]): number[] {
  let wins = start.map((each) => ({ ...each }));
  let now = 1_000;
  const shown: number[] = [];
  for (const gap of gaps) {
    now += gap;
    const next = nextWin(wins);
    if (!next) break;
    shown.push(next.id);
    const change = afterShowing(wins, next, now);
    wins = wins.map((each) => (each.id === next.id ? { ...each, ...change } : each));
  }
  return shown;
}

/** The longest run of openings a win waited, from the start or since it was last shown, to be shown. */
function longestWait(shown: readonly number[], id: number): number {
  let longest = 0;
  let since = 0;
  for (const each of shown) {
    since += 1;
    if (each === id) {
      longest = Math.max(longest, since);
      since = 0;
    }
  }
  return Math.max(longest, since);
}

const count = (shown: readonly number[], id: number) => shown.filter((each) => each === id).length;

/** A few wins, some starred, some shown before, and the gaps between openings (any length, seconds to weeks). */
const rotation = fc
  .array(fc.record({ starred: fc.boolean(), lastShownAt: fc.nat(900) }), { minLength: 1, maxLength: 12 })
  .chain((specs) =>
    fc.record({
      wins: fc.constant(
        specs.map((spec, index) => win(index + 1, index, spec.lastShownAt, spec.starred ? 1 : 0)),
      ),
      gaps: fc.array(fc.integer({ min: 1, max: 30 * 24 * 3600 * 1000 }), {
        minLength: specs.length * 12,
        maxLength: specs.length * 12,
      }),
    }),
  );

describe('nextWin', () => {
  it('has nothing to show without wins', () => {
    expect(nextWin([])).toBeUndefined();
  });

  it('shows a never-shown win before any shown one, oldest first', () => {
    expect(nextWin([win(1, 10, 500), win(2, 30, 0), win(3, 20, 0)])?.id).toBe(3);
  });

  it('shows the least recently shown win', () => {
    expect(nextWin([win(1, 10, 500), win(2, 20, 300), win(3, 30, 400)])?.id).toBe(2);
  });

  it('shows the win due soonest, whenever the others were last shown', () => {
    const due = (id: number, dueTurn: number, lastShownAt: number) => ({
      ...win(id, id, lastShownAt),
      dueTurn,
    });
    expect(nextWin([due(1, 6, 100), due(2, 4, 900), due(3, 5, 50)])?.id).toBe(2);
    expect(nextWin([due(1, 4, 100), due(2, 4, 900), win(3, 3, 950)])?.id).toBe(3);
  });

  it('makes a starred win due again sooner than a plain one', () => {
    const wins = [{ ...win(1, 1, 0), dueTurn: 3 }, win(2, 2, 0, 1), win(3, 3, 0)];
    expect(afterShowing(wins, wins[1] as Win, 50)).toEqual({ lastShownAt: 50, dueTurn: 4 });
    expect(afterShowing(wins, wins[2] as Win, 60)).toEqual({ lastShownAt: 60, dueTurn: 5 });
    expect(afterShowing(wins, wins[0] as Win, 70)).toEqual({ lastShownAt: 70, dueTurn: 5 });
  });

  it('shows every win within 3n openings, a starred one within 2n, however far apart the openings', () => {
    fc.assert(
      fc.property(rotation, ({ wins, gaps }) => {
        const shown = simulateOpenings(wins, gaps);
        for (const each of wins) {
          const bound = (each.starred ? 2 : 3) * wins.length;
          expect(longestWait(shown, each.id), `win ${each.id}`).toBeLessThanOrEqual(bound);
        }
      }),
    );
  });

  it('shows starred wins about twice as often as the others', () => {
    fc.assert(
      fc.property(rotation, ({ wins, gaps }) => {
        const shown = simulateOpenings(wins, gaps);
        const starred = wins.filter((each) => each.starred);
        const plain = wins.filter((each) => !each.starred);
        for (const star of starred) {
          for (const other of plain) {
            const [stars, plains] = [count(shown, star.id), count(shown, other.id)];
            expect(stars).toBeGreaterThan(plains);
            // Twice, give or take where each one's first and last showing fell in the rotation.
            expect(Math.abs(stars - 2 * plains)).toBeLessThanOrEqual(4);
          }
        }
      }),
    );
  });

  it('takes every win in turn when none is starred', () => {
    fc.assert(
      fc.property(rotation, ({ wins, gaps }) => {
        const plain = wins.map((each) => ({ ...each, starred: 0 as const }));
        const shown = simulateOpenings(plain, gaps);
        for (let round = 0; round + plain.length <= shown.length; round += plain.length) {
          expect(new Set(shown.slice(round, round + plain.length)).size).toBe(plain.length);
        }
      }),
    );
  });
});

describe('rotation through the database', () => {
  let db: ComebackDb;
  beforeEach(() => {
    db = new ComebackDb(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('brings every win round once before any comes back', async () => {
    for (const [index, text] of ['Shipped the app', 'Mentored two juniors', 'Ran a marathon'].entries()) {
      await addWin(db, text, index + 1);
    }
    const shown: string[] = [];
    for (let opening = 0; opening < 6; opening++) {
      const next = nextWin(await listWins(db));
      if (!next) throw new Error('expected a win');
      shown.push(next.text);
      await markWinShown(db, next.id, 100 + opening);
    }
    expect(shown.slice(0, 3).sort()).toEqual(['Mentored two juniors', 'Ran a marathon', 'Shipped the app']);
    expect(shown.slice(3)).toEqual(shown.slice(0, 3));
  });

  it('refuses an empty win', async () => {
    await expect(addWin(db, '  ')).rejects.toThrow();
    expect(await db.wins.count()).toBe(0);
  });

  it('brings a starred win round twice as often', async () => {
    const shipped = await addWin(db, 'Shipped the app', 1);
    await addWin(db, 'Mentored two juniors', 2);
    await addWin(db, 'Ran a marathon', 3);
    await updateWin(db, shipped, { starred: true });
    const shown: string[] = [];
    for (let opening = 0; opening < 12; opening++) {
      const next = nextWin(await listWins(db));
      if (!next) throw new Error('expected a win');
      shown.push(next.text);
      await markWinShown(db, next.id, 100 + opening);
    }
    const times = (text: string) => shown.filter((each) => each === text).length;
    expect(times('Shipped the app')).toBe(6);
    expect(times('Mentored two juniors')).toBe(3);
    expect(times('Ran a marathon')).toBe(3);
  });
});

describe('managing wins', () => {
  let db: ComebackDb;
  beforeEach(() => {
    db = new ComebackDb(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('adds a pasted list in order, skipping blanks and wins already saved in any spelling', async () => {
    await addWin(db, 'Shipped the app', 1);
    const ids = await addWins(
      db,
      ['Ran a marathon', '  ', 'shipped  the app.', 'Led the launch', 'Ran a marathon'],
      5,
    );
    expect(ids).toHaveLength(2);
    const added = await Promise.all(ids.map((id) => db.wins.get(id)));
    expect(added.map((each) => each?.text)).toEqual(['Ran a marathon', 'Led the launch']);
    expect(added[0]).toMatchObject({ createdAt: 5, lastShownAt: 0, starred: 0, tags: [] });
    expect(await addWins(db, ['ran a marathon'])).toEqual([]);
    expect(await db.wins.count()).toBe(3);
  });

  it('adds each win once when the same list is pasted twice at once', async () => {
    const lists = await Promise.all([addWins(db, ['A', 'B']), addWins(db, ['B', 'C'])]);
    expect(lists.flat()).toHaveLength(3);
    expect((await listWins(db)).map((each) => each.text).sort()).toEqual(['A', 'B', 'C']);
  });

  it('edits the words, tags and star, and notes when', async () => {
    const id = await addWin(db, 'Shipped the app', 1);
    await updateWin(
      db,
      id,
      { text: '  Shipped the mobile app ', tags: [' #launch', 'Launch', 'team '], starred: true },
      9,
    );
    expect(await db.wins.get(id)).toMatchObject({
      text: 'Shipped the mobile app',
      tags: ['launch', 'team'],
      starred: 1,
      updatedAt: 9,
    });
    await updateWin(db, id, { starred: false }, 10);
    expect(await db.wins.get(id)).toMatchObject({
      text: 'Shipped the mobile app',
      tags: ['launch', 'team'],
      starred: 0,
    });
    await expect(updateWin(db, id, { text: ' ' })).rejects.toThrow();
    expect((await db.wins.get(id))?.text).toBe('Shipped the mobile app');
  });

  it('deletes a win and puts it back as it was on undo', async () => {
    const id = await addWin(db, 'Ran a marathon', 1);
    await updateWin(db, id, { tags: ['health'], starred: true }, 2);
    await markWinShown(db, id, 3);
    const before = await db.wins.get(id);
    const deleted = await deleteWin(db, id);
    expect(deleted).toEqual(before);
    expect(await db.wins.count()).toBe(0);
    expect(await deleteWin(db, id)).toBeUndefined();
    if (!deleted) throw new Error('expected the deleted win');
    await restoreWin(db, deleted);
    expect(await db.wins.get(id)).toEqual(before);
  });

  it('lists the newest win first', async () => {
    await addWin(db, 'First', 1);
    await addWin(db, 'Second', 2);
    expect((await listWins(db)).map((each) => each.text)).toEqual(['Second', 'First']);
  });
});
