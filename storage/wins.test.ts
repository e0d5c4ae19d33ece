import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ComebackDb } from './db';
import type { Win } from './types';
import { addWin, listWins, markWinShown, nextWin } from './wins';

function win(id: number, createdAt: number, lastShownAt: number): Win {
  return { id, text: `win ${id}`, createdAt, lastShownAt, starred: 0, tags: [] };
}

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
});
