import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RejectionReport } from '@/messaging/protocol';
import { ComebackDb } from '@/storage/db';
import { DEFAULT_PREFERENCES, preferences } from '@/storage/preferences';
import { dataHandlers } from './data-handlers';

const sender = {};
let db: ComebackDb;
let refreshes: number;
let handlers: ReturnType<typeof dataHandlers>;

beforeEach(() => {
  db = new ComebackDb(`data-handlers-${crypto.randomUUID()}`);
  refreshes = 0;
  handlers = dataHandlers(db, {
    async refreshBadge() {
      refreshes += 1;
    },
  });
});
afterEach(async () => {
  await db.delete();
});

const found: RejectionReport = {
  key: 'mbox:a@example',
  source: 'mbox',
  company: 'Contoso',
  excerpt: 'We went with another candidate.',
  score: 0.9,
  reasons: ['We went with another candidate.'],
  receivedAt: 1_000,
};

describe('the data handlers', () => {
  it('start a rejection found in a mailbox export with the checklist the user set', async () => {
    await preferences.setValue({
      ...DEFAULT_PREFERENCES,
      checklistSteps: [{ id: 'own-1', text: 'Call Sam' }],
    });
    expect(await handlers.addBackfill({ reports: [found] }, sender)).toEqual({ added: 1 });
    expect((await db.rejections.toArray())[0]?.checklist).toEqual([
      { id: 'own-1', text: 'Call Sam', done: false },
    ]);
  });

  it('refresh the badge after an import that changed something, not after a refused one', async () => {
    expect(await handlers.importData({ text: 'not json' }, sender)).toEqual({
      ok: false,
      problem: { code: 'notJson' },
    });
    expect(refreshes).toBe(0);
    await handlers.deleteEverything(null, sender);
    expect(refreshes).toBe(1);
  });
});
