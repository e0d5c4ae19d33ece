import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ComebackDb } from '@/storage/db';
import { readPreferences } from '@/storage/preferences';
import { addManual } from '@/storage/rejections';
import { NO_EFFECTS } from '@/tests/unit/no-effects';
import { createHandlers } from './handlers';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
/** Wednesday 12 March 2025 at 9:00 on the user's clock. */
const WEDNESDAY_9AM = new Date(2025, 2, 12, 9).getTime();
const sender = {};

let db: ComebackDb;
let handlers: ReturnType<typeof createHandlers>;
let id: number;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(WEDNESDAY_9AM);
  db = new ComebackDb(`preferences-handlers-${crypto.randomUUID()}`);
  handlers = createHandlers(db, NO_EFFECTS);
  id = await addManual(db, { company: 'Northwind', role: 'Designer' });
});

afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

const alarms = async () =>
  (await fakeBrowser.alarms.getAll()).map(({ name, scheduledTime }) => ({
    name,
    at: new Date(scheduledTime),
  }));

describe('the personal settings', () => {
  it('keep nudges out of quiet hours the user set: 12:00 to 14:00 moves a 13:00 nudge to 14:00', async () => {
    await handlers.setPersonalSettings(
      { userName: 'Alex', quietHours: { from: 12 * 60, to: 14 * 60 }, followUpDays: 7 },
      sender,
    );
    const { until } = await handlers.takePause({ id, length: 'hours' }, sender);
    expect(new Date(until)).toEqual(new Date(2025, 2, 12, 13));
    expect(await alarms()).toEqual([{ name: `comeback-pause:${id}`, at: new Date(2025, 2, 12, 14) }]);
  });

  it('plan the follow-up reminder after the days the user chose, or none at 0', async () => {
    await handlers.setPersonalSettings({ userName: '', quietHours: null, followUpDays: 3 }, sender);
    await handlers.markFeedbackAsked({ id }, sender);
    expect(await alarms()).toEqual([
      { name: `comeback-follow-up:${id}`, at: new Date(WEDNESDAY_9AM + 3 * DAY) },
    ]);

    const other = await addManual(db, { company: 'Contoso' });
    await handlers.setPersonalSettings({ userName: '', quietHours: null, followUpDays: 0 }, sender);
    await handlers.markFeedbackAsked({ id: other }, sender);
    expect((await db.rejections.get(other))?.feedback?.followUpDueAt).toBeUndefined();
    expect((await alarms()).map((alarm) => alarm.name)).toEqual([`comeback-follow-up:${id}`]);
  });

  it('keep the name tidy, and refuse impossible settings without changing the saved ones', async () => {
    await handlers.setPersonalSettings(
      { userName: '  Alex  Kim ', quietHours: null, followUpDays: 5 },
      sender,
    );
    await expect(
      handlers.setPersonalSettings(
        { userName: 'Sam', quietHours: { from: 0, to: 1440 }, followUpDays: 5 },
        sender,
      ),
    ).rejects.toThrow();
    expect(await readPreferences()).toMatchObject({
      userName: 'Alex Kim',
      quietHours: null,
      followUpDays: 5,
    });
  });
});
