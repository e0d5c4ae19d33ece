import type { ComebackDb } from './db';
import type { Win } from './types';
import { cleanTags, foldWinText } from './win-text';

/*
 * Which win the popup reminds the user of: a fair rotation counted in openings, not in clock time, so how often a
 * win comes round never depends on when the popup happens to be opened.
 *
 * Each win carries the turn it is due again (`dueTurn`). The win due soonest is shown; never-shown wins come first,
 * and among equals the least recently shown, then the oldest. A win shown at turn T is due again at T + 2, or at
 * T + 1 when starred: starred wins come round twice as often as the others.
 *
 * Every win still comes round: while a win waits for turn T + 2, each other win can be shown at most three times
 * (at T, T + 1 and T + 2), so with n wins every plain win is shown again within 3n openings and every starred one
 * within 2n.
 */

/** Turns a win waits after being shown. */
export const TURNS_BETWEEN_SHOWINGS = { plain: 2, starred: 1 } as const;

/** Orders wins by when they should be shown: due soonest, then least recently shown, then oldest. */
function showFirst(a: Win, b: Win): number {
  return (
    (a.dueTurn ?? Number.NEGATIVE_INFINITY) - (b.dueTurn ?? Number.NEGATIVE_INFINITY) ||
    a.lastShownAt - b.lastShownAt ||
    a.createdAt - b.createdAt ||
    a.id - b.id
  );
}

/** The win to show next (see the rule above). */
export function nextWin(wins: readonly Win[]): Win | undefined {
  let best: Win | undefined;
  for (const win of wins) {
    if (!best || showFirst(win, best) < 0) best = win;
  }
  return best;
}

/** The rotation's current turn: the earliest turn any win is due, 0 before any was shown. */
function currentTurn(wins: readonly Win[]): number {
  const dues = wins.flatMap((win) => (win.dueTurn === undefined ? [] : [win.dueTurn]));
  return dues.length > 0 ? Math.min(...dues) : 0;
}

/** What showing `win` now changes on it: when it was shown, and the turn it is due again. */
export function afterShowing(
  wins: readonly Win[],
  win: Win,
  now: number,
): Pick<Win, 'lastShownAt' | 'dueTurn'> {
  const shownAt = win.dueTurn ?? currentTurn(wins);
  const wait = win.starred ? TURNS_BETWEEN_SHOWINGS.starred : TURNS_BETWEEN_SHOWINGS.plain;
  return { lastShownAt: now, dueTurn: shownAt + wait };
}

export async function markWinShown(db: ComebackDb, id: number, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.wins, async () => {
    const wins = await db.wins.toArray();
    const win = wins.find((each) => each.id === id);
    if (win) await db.wins.update(id, afterShowing(wins, win, now));
  });
}

function newWin(text: string, now: number): Omit<Win, 'id'> {
  return { text, createdAt: now, lastShownAt: 0, starred: 0, tags: [] };
}

export async function addWin(db: ComebackDb, text: string, now = Date.now()): Promise<number> {
  const trimmed = text.trim();
  if (!trimmed) throw new Error('A win needs a few words.');
  return db.wins.add(newWin(trimmed, now));
}

/**
 * Adds many wins at once (a pasted list), in order. Blank ones and repeats, of each other or of saved wins, are
 * skipped inside the transaction, so two pastes at once cannot add a win twice. Answers the ids added.
 */
export async function addWins(db: ComebackDb, texts: readonly string[], now = Date.now()): Promise<number[]> {
  return db.transaction('rw', db.wins, async () => {
    const seen = new Set((await db.wins.toArray()).map((win) => foldWinText(win.text)));
    const fresh: string[] = [];
    for (const text of texts.map((each) => each.trim())) {
      const folded = foldWinText(text);
      if (!text || seen.has(folded)) continue;
      seen.add(folded);
      fresh.push(text);
    }
    if (fresh.length === 0) return [];
    return db.wins.bulkAdd(
      fresh.map((text) => newWin(text, now)),
      { allKeys: true },
    );
  });
}

export interface WinChanges {
  text?: string;
  tags?: string[];
  starred?: boolean;
}

/** Edits a win's words, tags or star. The words cannot be emptied: deleting is its own, undoable, step. */
export async function updateWin(
  db: ComebackDb,
  id: number,
  changes: WinChanges,
  now = Date.now(),
): Promise<void> {
  const update: Partial<Win> = { updatedAt: now };
  if (changes.text !== undefined) {
    const text = changes.text.trim();
    if (!text) throw new Error('A win needs a few words.');
    update.text = text;
  }
  if (changes.tags !== undefined) update.tags = cleanTags(changes.tags);
  if (changes.starred !== undefined) update.starred = changes.starred ? 1 : 0;
  await db.wins.update(id, update);
}

/** Deletes a win and answers it as it was, so the user can undo. */
export async function deleteWin(db: ComebackDb, id: number): Promise<Win | undefined> {
  return db.transaction('rw', db.wins, async () => {
    const win = await db.wins.get(id);
    if (win) await db.wins.delete(id);
    return win;
  });
}

/** Puts a deleted win back exactly as it was, under its own id. */
export async function restoreWin(db: ComebackDb, win: Win): Promise<void> {
  await db.wins.put(win);
}

/** Newest first, as the wins manager lists them. */
export async function listWins(db: ComebackDb): Promise<Win[]> {
  return (await db.wins.toArray()).sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
}
