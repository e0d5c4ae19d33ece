import { afterEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { ComebackDb } from './db';
import { selectionDraft } from './draft';
import { deleteEverything } from './erase';
import { recordHealth } from './health';
import { DEFAULT_PREFERENCES, preferences } from './preferences';
import { addManual } from './rejections';
import { siteSwitches } from './settings';
import { addWin } from './wins';

const db = new ComebackDb(`erase-${crypto.randomUUID()}`);
afterEach(async () => {
  await db.delete();
});

describe('delete everything', () => {
  it('empties every table and forgets every setting', async () => {
    await addManual(db, { company: 'Acme' });
    await addWin(db, 'Ran the launch');
    await db.applications.add({ company: 'Acme', appliedAt: 1 });
    await db.skills.add({ key: 'sql', name: 'SQL', addedAt: 1 });
    await db.dismissals.add({ key: 'gmail:x', dismissedAt: 1 });
    await preferences.setValue({ ...DEFAULT_PREFERENCES, userName: 'Sam' });
    await siteSwitches.setValue({ gmail: false });
    await recordHealth('gmail', { read: 1, missed: 0, errors: 0 });
    await selectionDraft.setValue({ company: 'Acme', looksLikeRejection: true, createdAt: 1 });

    await deleteEverything(db);

    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    expect(await browser.storage.local.get(null)).toEqual({});
    expect(await preferences.getValue()).toEqual(DEFAULT_PREFERENCES);
    expect(await siteSwitches.getValue()).toEqual({});
    expect(await selectionDraft.getValue()).toBeNull();
  });
});
