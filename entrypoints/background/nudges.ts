import { browser } from 'wxt/browser';
import { type MessageKey, t } from '@/components/i18n';
import { rejectionTitle } from '@/plan/describe';
import { nextAllowedTime } from '@/plan/quiet-hours';
import type { ComebackDb } from '@/storage/db';
import { markFollowUpShown } from '@/storage/feedback-log';
import { markPauseNudged } from '@/storage/pause';
import { readPreferences } from '@/storage/preferences';
import type { Rejection } from '@/storage/types';

/*
 * The gentle nudges: one when "Take a day" is over, one follow-up reminder when a feedback request got no answer.
 * Each is shown at most once per rejection, never inside quiet hours. They wait in `browser.alarms` (which outlive
 * the background page), named `<prefix>:<rejection id>`; the notification shown carries the same name.
 */

interface Nudge {
  prefix: string;
  /** When it is due, for a rejection still waiting for it; undefined otherwise. */
  dueAt(rejection: Rejection): number | undefined;
  /** Notes it as shown: false when it is no longer wanted or was shown already. */
  markShown(db: ComebackDb, id: number, now: number): Promise<boolean>;
  title: MessageKey;
  /** Says which rejection it is about, from its title. */
  message: MessageKey;
}

const NUDGES = {
  pause: {
    prefix: 'comeback-pause',
    dueAt: ({ pause }) => (pause && pause.nudgedAt === undefined ? pause.until : undefined),
    markShown: markPauseNudged,
    title: 'nudgeTitle',
    message: 'nudgeMessage',
  },
  followUp: {
    prefix: 'comeback-follow-up',
    dueAt: ({ feedback }) =>
      feedback?.followUpShownAt === undefined && feedback?.repliedAt === undefined
        ? feedback?.followUpDueAt
        : undefined,
    markShown: markFollowUpShown,
    title: 'followUpTitle',
    message: 'followUpMessage',
  },
} satisfies Record<string, Nudge>;

export type NudgeKind = keyof typeof NUDGES;
const KINDS = Object.keys(NUDGES) as NudgeKind[];

export function nudgeName(kind: NudgeKind, id: number): string {
  return `${NUDGES[kind].prefix}:${id}`;
}

/** The nudge an alarm or notification name stands for; undefined for anyone else's. */
export function parseNudgeName(name: string): { kind: NudgeKind; id: number } | undefined {
  const [prefix, rawId] = name.split(':');
  const kind = KINDS.find((each) => NUDGES[each].prefix === prefix);
  const id = Number(rawId);
  return kind && Number.isSafeInteger(id) && id > 0 ? { kind, id } : undefined;
}

/** Brings the nudge's alarm in line with the rejection: set while a nudge is waiting to be shown, cleared else. */
export async function planNudge(db: ComebackDb, kind: NudgeKind, id: number): Promise<void> {
  const rejection = await db.rejections.get(id);
  const due = rejection && NUDGES[kind].dueAt(rejection);
  if (due === undefined) {
    await browser.alarms.clear(nudgeName(kind, id));
    return;
  }
  const { quietHours } = await readPreferences();
  await browser.alarms.create(nudgeName(kind, id), { when: nextAllowedTime(due, quietHours) });
}

/** How long a nudge the browser refused to show waits before it is tried again. */
const RETRY_MS = 60 * 60 * 1000;

/**
 * The alarm went off: shows the nudge and notes it shown, once. Inside quiet hours (they may have changed since
 * it was planned), or before it is due, it waits again instead.
 */
async function deliverNudge(db: ComebackDb, kind: NudgeKind, id: number, now = Date.now()): Promise<void> {
  const nudge = NUDGES[kind];
  const rejection = await db.rejections.get(id);
  const due = rejection && nudge.dueAt(rejection);
  if (!rejection || due === undefined) return;
  const { quietHours } = await readPreferences();
  const allowed = nextAllowedTime(Math.max(due, now), quietHours);
  if (allowed > now) {
    await browser.alarms.create(nudgeName(kind, id), { when: allowed });
    return;
  }
  // Shown first, noted after, so a notification the browser refused is never noted as shown; it is tried again
  // later. Two deliveries at once still show one: a notification replaces the one of the same name.
  try {
    await browser.notifications.create(nudgeName(kind, id), {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t(nudge.title),
      message: t(nudge.message, rejectionTitle(rejection, t)),
    });
  } catch (error) {
    await browser.alarms.create(nudgeName(kind, id), { when: nextAllowedTime(now + RETRY_MS, quietHours) });
    throw error;
  }
  await nudge.markShown(db, id, now);
}

/** How late a nudge may still be worth showing after an import; an older one is history, not a reminder. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * After a restart or an update: any nudge still waiting whose alarm is gone (some browsers drop alarms when
 * they close) gets it back, and one already due is delivered at once. After an import, `quietlyPast` notes
 * nudges overdue by more than a day as shown without showing them: an old backup brings no burst of reminders.
 */
export async function restoreNudges(
  db: ComebackDb,
  now = Date.now(),
  { quietlyPast = false } = {},
): Promise<void> {
  const alarms = new Set((await browser.alarms.getAll()).map((alarm) => alarm.name));
  for (const rejection of await db.rejections.toArray()) {
    for (const kind of KINDS) {
      const due = NUDGES[kind].dueAt(rejection);
      if (due === undefined || alarms.has(nudgeName(kind, rejection.id))) continue;
      if (quietlyPast && due < now - STALE_AFTER_MS) await NUDGES[kind].markShown(db, rejection.id, now);
      else if (due <= now) await deliverNudge(db, kind, rejection.id, now);
      else await planNudge(db, kind, rejection.id);
    }
  }
}

/** Every nudge's alarm gone: nothing is left waiting for a rejection that no longer exists. */
export async function clearNudges(): Promise<void> {
  const alarms = await browser.alarms.getAll();
  await Promise.all(
    alarms.filter((alarm) => parseNudgeName(alarm.name)).map((alarm) => browser.alarms.clear(alarm.name)),
  );
}

/**
 * Delivers nudges when their alarms go off, opens the plan when one is clicked, and restores them at startup.
 * Listeners hand back their work's promise, so whoever fires the event can wait for it.
 */
export function listenForNudges(db: ComebackDb, openPlan: (id: number) => Promise<void>): void {
  const warn = (error: unknown) => console.debug('Comeback could not deliver a nudge', error);
  browser.alarms.onAlarm.addListener((alarm) => {
    const nudge = parseNudgeName(alarm.name);
    return nudge && deliverNudge(db, nudge.kind, nudge.id).catch(warn);
  });
  browser.notifications.onClicked.addListener((notificationId) => {
    const nudge = parseNudgeName(notificationId);
    return (
      nudge && Promise.all([browser.notifications.clear(notificationId), openPlan(nudge.id)]).catch(warn)
    );
  });
  const restore = () => restoreNudges(db).catch(warn);
  browser.runtime.onStartup.addListener(restore);
  browser.runtime.onInstalled.addListener(restore);
}
