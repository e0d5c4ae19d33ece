import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RejectionReport } from '@/messaging/protocol';
import { backupJson, collectBackup } from '@/storage/backup';
import { ComebackDb } from '@/storage/db';
import { markFeedbackAsked } from '@/storage/feedback-log';
import { startPause } from '@/storage/pause';
import { DEFAULT_PREFERENCES, preferences } from '@/storage/preferences';
import { addManual } from '@/storage/rejections';
import { dataHandlers } from './data-handlers';
import { nudgeName, planNudge } from './nudges';

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

  it('plan the nudge of an imported pause at once, not at the next browser start', async () => {
    const other = new ComebackDb(`data-handlers-backup-${crypto.randomUUID()}`);
    // No quiet hours, so the nudge is due exactly when the pause ends, whatever the time the test runs.
    await preferences.setValue({ ...DEFAULT_PREFERENCES, quietHours: null });
    try {
      const pausedThere = await addManual(other, { company: 'Northwind' });
      const { until } = await startPause(other, pausedThere, 'day');
      const text = backupJson(await collectBackup(other));
      expect((await handlers.importData({ text }, sender)).ok).toBe(true);
      const [imported] = await db.rejections.toArray();
      expect(imported?.pause?.until).toBe(until);
      expect(await fakeBrowser.alarms.getAll()).toEqual([
        expect.objectContaining({ name: nudgeName('pause', imported?.id ?? -1), scheduledTime: until }),
      ]);
    } finally {
      await other.delete();
    }
  });

  it('let follow-ups long overdue in an imported backup go quietly, and still remind of one due now', async () => {
    const other = new ComebackDb(`data-handlers-backup-${crypto.randomUUID()}`);
    await preferences.setValue({ ...DEFAULT_PREFERENCES, quietHours: null });
    const DAY = 24 * 60 * 60 * 1000;
    try {
      for (const company of ['Northwind', 'Contoso', 'Initech']) {
        const id = await addManual(other, { company });
        await markFeedbackAsked(other, id, 'feedbackShort', 3, Date.now() - 30 * DAY);
      }
      const recent = await addManual(other, { company: 'Fabrikam' });
      await markFeedbackAsked(other, recent, 'feedbackShort', 3, Date.now() - 3 * DAY - 60_000);
      const text = backupJson(await collectBackup(other));

      expect((await handlers.importData({ text }, sender)).ok).toBe(true);
      const imported = await db.rejections.toArray();
      const fabrikam = imported.find((rejection) => rejection.company === 'Fabrikam');
      expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toEqual([
        nudgeName('followUp', fabrikam?.id ?? -1),
      ]);
      expect(imported.every((rejection) => rejection.feedback?.followUpShownAt !== undefined)).toBe(true);
      expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    } finally {
      await other.delete();
    }
  });

  it('leave no nudge waiting after everything is deleted, and no other alarm is touched', async () => {
    await preferences.setValue({ ...DEFAULT_PREFERENCES, quietHours: null });
    const id = await addManual(db, { company: 'Northwind' });
    await startPause(db, id, 'hours');
    await planNudge(db, 'pause', id);
    await fakeBrowser.alarms.create('someone-else', { when: Date.now() + 1000 });
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(2);
    await handlers.deleteEverything(null, sender);
    expect((await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name)).toEqual(['someone-else']);
  });
});
