import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ComebackDb } from '@/storage/db';
import { DEFAULT_PREFERENCES, type Preferences, preferences } from '@/storage/preferences';
import { addManual } from '@/storage/rejections';
import { NO_EFFECTS } from '@/tests/unit/no-effects';
import { createHandlers } from './handlers';
import { listenForNudges, nudgeName, parseNudgeName } from './nudges';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
/** Wednesday 12 March 2025 at 9:00 on the user's clock. */
const WEDNESDAY_9AM = new Date(2025, 2, 12, 9).getTime();
const sender = {};

let db: ComebackDb;
let handlers: ReturnType<typeof createHandlers>;
let opened: number[];
let id: number;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(WEDNESDAY_9AM);
  db = new ComebackDb(`nudges-${crypto.randomUUID()}`);
  opened = [];
  handlers = createHandlers(db, NO_EFFECTS);
  listenForNudges(db, async (planId) => {
    opened.push(planId);
  });
  id = await addManual(db, { company: 'Northwind', role: 'Designer' });
});

afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

function setPreferences(changes: Partial<Preferences>) {
  return preferences.setValue({ ...DEFAULT_PREFERENCES, ...changes });
}

/** Moves the clock on and, as the browser does, fires each one-shot alarm whose time has come, once. */
async function passTime(ms: number): Promise<void> {
  vi.setSystemTime(Date.now() + ms);
  for (const alarm of await fakeBrowser.alarms.getAll()) {
    if (alarm.scheduledTime > Date.now()) continue;
    await fakeBrowser.alarms.clear(alarm.name);
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
  }
}

const alarms = async () =>
  (await fakeBrowser.alarms.getAll()).map(({ name, scheduledTime }) => ({
    name,
    at: new Date(scheduledTime),
  }));
const notifications = () =>
  fakeBrowser.notifications.getAllCreateOptions() as Record<string, { title: string; message: string }>;
const pauseOf = async (rejectionId = id) => (await db.rejections.get(rejectionId))?.pause;

describe('"Take a day"', () => {
  it('nudges once when the time is up, and the nudge opens the plan', async () => {
    const { until } = await handlers.takePause({ id, length: 'hours' }, sender);
    expect(until).toBe(WEDNESDAY_9AM + 4 * HOUR);
    expect(await alarms()).toEqual([{ name: `comeback-pause:${id}`, at: new Date(until) }]);

    await passTime(4 * HOUR - 1);
    expect(notifications()).toEqual({});

    await passTime(1);
    expect(notifications()).toEqual({
      [`comeback-pause:${id}`]: {
        type: 'basic',
        iconUrl: 'chrome-extension://test-extension-id/icon/128.png',
        title: 'Ready to turn this into fuel?',
        message: 'Your plan for Designer at Northwind is here whenever you are.',
      },
    });
    expect(await pauseOf()).toEqual({ until, nudgedAt: until });

    await fakeBrowser.notifications.onClicked.trigger(`comeback-pause:${id}`);
    expect(opened).toEqual([id]);
    expect(notifications()).toEqual({});
  });

  it('never nudges twice for one rejection, even when taken again or the alarm fires again', async () => {
    await handlers.takePause({ id, length: 'hours' }, sender);
    await passTime(4 * HOUR);
    await fakeBrowser.notifications.clear(`comeback-pause:${id}`);

    await fakeBrowser.alarms.onAlarm.trigger({
      name: `comeback-pause:${id}`,
      scheduledTime: Date.now(),
      persistAcrossSessions: false,
    });
    await handlers.takePause({ id, length: 'day' }, sender);
    expect(await alarms()).toEqual([]);
    await passTime(2 * DAY);
    expect(notifications()).toEqual({});
  });

  it('is not noted as shown when the browser refuses the notification, and is planned again', async () => {
    await handlers.takePause({ id, length: 'hours' }, sender);
    const refused = vi
      .spyOn(fakeBrowser.notifications, 'create')
      .mockRejectedValueOnce(new Error('Notifications are blocked'));
    await passTime(4 * HOUR);
    expect(refused).toHaveBeenCalledTimes(1);
    expect(notifications()).toEqual({});
    expect((await pauseOf())?.nudgedAt).toBeUndefined();
    expect(await alarms()).toEqual([{ name: `comeback-pause:${id}`, at: new Date(Date.now() + HOUR) }]);

    refused.mockRestore();
    await passTime(HOUR);
    expect(Object.keys(notifications())).toEqual([`comeback-pause:${id}`]);
    expect((await pauseOf())?.nudgedAt).toBe(Date.now());
    expect(await alarms()).toEqual([]);
  });

  it('waits for the end of quiet hours, past midnight', async () => {
    vi.setSystemTime(new Date(2025, 2, 12, 20, 30));
    await handlers.takePause({ id, length: 'hours' }, sender);
    expect(await alarms()).toEqual([{ name: `comeback-pause:${id}`, at: new Date(2025, 2, 13, 8) }]);

    await passTime(11 * HOUR);
    expect(notifications()).toEqual({});
    await passTime(30 * 60 * 1000);
    expect(Object.keys(notifications())).toEqual([`comeback-pause:${id}`]);
  });

  it('holds a nudge due in quiet hours set after it was planned, until they end', async () => {
    await handlers.takePause({ id, length: 'hours' }, sender);
    await setPreferences({ quietHours: { from: 12 * 60, to: 14 * 60 } });

    await passTime(4 * HOUR);
    expect(notifications()).toEqual({});
    expect(await alarms()).toEqual([{ name: `comeback-pause:${id}`, at: new Date(2025, 2, 12, 14) }]);
    await passTime(HOUR);
    expect(Object.keys(notifications())).toEqual([`comeback-pause:${id}`]);
  });

  it('brings no nudge once ended early', async () => {
    await handlers.takePause({ id, length: 'day' }, sender);
    await handlers.endPause({ id }, sender);
    expect(await pauseOf()).toBeUndefined();
    expect(await alarms()).toEqual([]);
    await fakeBrowser.runtime.onStartup.trigger();
    await passTime(2 * DAY);
    expect(notifications()).toEqual({});
  });

  it('shows nothing for a rejection removed meanwhile', async () => {
    const { key } = (await db.rejections.get(id)) ?? { key: '' };
    await handlers.takePause({ id, length: 'hours' }, sender);
    await handlers.dismissRejection({ key }, sender);
    await passTime(5 * HOUR);
    expect(notifications()).toEqual({});
  });
});

describe('after a browser restart', () => {
  it('re-creates the missing alarm of a pause still running', async () => {
    await handlers.takePause({ id, length: 'day' }, sender);
    await fakeBrowser.alarms.clearAll();

    await fakeBrowser.runtime.onStartup.trigger();
    expect(await alarms()).toEqual([{ name: `comeback-pause:${id}`, at: new Date(WEDNESDAY_9AM + DAY) }]);
    await passTime(DAY);
    expect(Object.keys(notifications())).toEqual([`comeback-pause:${id}`]);
  });

  it('nudges at once for a pause that ended while the browser was closed, and only for that one', async () => {
    const nudged = await addManual(db, { company: 'Initech' });
    await handlers.takePause({ id: nudged, length: 'hours' }, sender);
    await passTime(4 * HOUR);
    await fakeBrowser.notifications.clear(`comeback-pause:${nudged}`);
    await handlers.takePause({ id, length: 'hours' }, sender);

    await fakeBrowser.alarms.clearAll();
    vi.setSystemTime(Date.now() + 5 * HOUR);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    expect(Object.keys(notifications())).toEqual([`comeback-pause:${id}`]);
    expect(await alarms()).toEqual([]);
  });

  it('leaves an alarm the browser kept as it is', async () => {
    await handlers.takePause({ id, length: 'day' }, sender);
    const before = await alarms();
    await fakeBrowser.runtime.onStartup.trigger();
    expect(await alarms()).toEqual(before);
  });
});

describe('the feedback follow-up reminder', () => {
  it('reminds once after N days without an answer', async () => {
    await setPreferences({ followUpDays: 3 });
    await handlers.markFeedbackAsked({ id, templateId: 'feedbackShort' }, sender);
    expect(await alarms()).toEqual([
      { name: `comeback-follow-up:${id}`, at: new Date(WEDNESDAY_9AM + 3 * DAY) },
    ]);

    await passTime(3 * DAY);
    expect(notifications()[`comeback-follow-up:${id}`]).toMatchObject({
      title: "No answer yet, and that's common",
      message: 'A short, friendly follow-up about Designer at Northwind is fine, or let it rest. Your call.',
    });
    await fakeBrowser.notifications.onClicked.trigger(`comeback-follow-up:${id}`);
    expect(opened).toEqual([id]);

    await handlers.markFeedbackAsked({ id, templateId: 'feedbackShort' }, sender);
    await fakeBrowser.runtime.onStartup.trigger();
    expect(await alarms()).toEqual([]);
  });

  it('is dropped when the answer comes, or when the user says no thanks', async () => {
    const other = await addManual(db, { company: 'Initech' });
    await handlers.markFeedbackAsked({ id }, sender);
    await handlers.markFeedbackAsked({ id: other }, sender);
    expect(await alarms()).toHaveLength(2);

    await handlers.recordFeedbackReply({ id, repliedAt: Date.now(), reply: 'Thanks for asking!' }, sender);
    await handlers.cancelFollowUp({ id: other }, sender);
    expect(await alarms()).toEqual([]);
    await fakeBrowser.runtime.onStartup.trigger();
    await passTime(30 * DAY);
    expect(notifications()).toEqual({});
  });

  it('is not planned when reminders are off', async () => {
    await setPreferences({ followUpDays: 0 });
    await handlers.markFeedbackAsked({ id }, sender);
    expect((await db.rejections.get(id))?.feedback?.askedAt).toBe(WEDNESDAY_9AM);
    expect(await alarms()).toEqual([]);
  });
});

describe('nudge names', () => {
  it('name the nudge and its rejection, and leave anyone else’s alone', () => {
    expect(parseNudgeName(nudgeName('pause', 12))).toEqual({ kind: 'pause', id: 12 });
    expect(parseNudgeName(nudgeName('followUp', 3))).toEqual({ kind: 'followUp', id: 3 });
    for (const name of [
      'comeback-pause:',
      'comeback-pause:x',
      'comeback-pause:-1',
      'other:1',
      'daily-refresh',
    ]) {
      expect(parseNudgeName(name), name).toBeUndefined();
    }
  });
});
