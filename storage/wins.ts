import type { ComebackDb } from './db';
import type { Win } from './types';

export async function addWin(db: ComebackDb, text: string, now = Date.now()): Promise<number> {
  const trimmed = text.trim();
  if (!trimmed) throw new Error('A win needs a few words.');
  return db.wins.add({ text: trimmed, createdAt: now, lastShownAt: 0, starred: 0, tags: [] });
}

export async function markWinShown(db: ComebackDb, id: number, now = Date.now()): Promise<void> {
  await db.wins.update(id, { lastShownAt: now });
}

/**
 * The win to show next: the one shown least recently (never-shown first), oldest first among equals,
 * so every win comes round in turn.
 */
export function nextWin(wins: readonly Win[]): Win | undefined {
  let best: Win | undefined;
  for (const win of wins) {
    if (
      !best ||
      win.lastShownAt < best.lastShownAt ||
      (win.lastShownAt === best.lastShownAt && win.createdAt < best.createdAt)
    ) {
      best = win;
    }
  }
  return best;
}

export function listWins(db: ComebackDb): Promise<Win[]> {
  return db.wins.toArray();
}
