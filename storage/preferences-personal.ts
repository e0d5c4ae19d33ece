import { isMinuteOfDay } from '@/plan/quiet-hours';
import type { Preferences } from './preferences';

/** What the user says about themselves and their reminders: the name that signs their messages, quiet hours, and
 * how long a feedback request waits before its single follow-up reminder. */
export type PersonalSettings = Pick<Preferences, 'userName' | 'quietHours' | 'followUpDays'>;

/** The longest wait offered for a follow-up reminder: after two months, a reminder helps no one. */
export const MAX_FOLLOW_UP_DAYS = 60;
const NAME_MAX_LENGTH = 200;

/**
 * The settings as kept: a tidy name, quiet hours with both ends a real time of day (equal ends mean none), and a
 * whole number of days (0 turns the reminder off). Anything else is refused rather than kept.
 */
export function cleanPersonalSettings(settings: PersonalSettings): PersonalSettings {
  const userName = settings.userName.replace(/\s+/g, ' ').trim().slice(0, NAME_MAX_LENGTH);
  const { quietHours, followUpDays } = settings;
  if (quietHours && !(isMinuteOfDay(quietHours.from) && isMinuteOfDay(quietHours.to))) {
    throw new Error('Quiet hours need a start and an end within the day.');
  }
  if (!Number.isInteger(followUpDays) || followUpDays < 0 || followUpDays > MAX_FOLLOW_UP_DAYS) {
    throw new Error(`A follow-up reminder comes after 0 to ${MAX_FOLLOW_UP_DAYS} whole days.`);
  }
  return {
    userName,
    quietHours:
      quietHours && quietHours.from !== quietHours.to ? { from: quietHours.from, to: quietHours.to } : null,
    followUpDays,
  };
}
