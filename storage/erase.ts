import { browser } from 'wxt/browser';
import type { ComebackDb } from './db';
import { selectionDraft } from './draft';

/**
 * "Delete everything": every table emptied in one transaction, then everything kept in extension storage
 * (preferences, site switches, reading health, a pending draft). Comeback starts again as on the day it was
 * installed.
 */
export async function deleteEverything(db: ComebackDb): Promise<void> {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
  await browser.storage.local.clear();
  await selectionDraft.removeValue();
}
