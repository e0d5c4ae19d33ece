import { storage } from 'wxt/utils/storage';
import { DEFAULT_STEP_IDS } from './defaults';

/** How long "Take a day" lasts by default, before the one gentle nudge. */
export type PauseLength = 'hours' | 'day' | 'twoDays';

export const PAUSE_MS: Record<PauseLength, number> = {
  hours: 4 * 60 * 60 * 1000,
  day: 24 * 60 * 60 * 1000,
  twoDays: 48 * 60 * 60 * 1000,
};

/** A step of the user's default checklist: a built-in one by id, or their own wording. */
export interface StepTemplate {
  id: string;
  text?: string;
}

export interface Preferences {
  pauseDefault: PauseLength;
  /** No nudges between these times (minutes after midnight, local time); may wrap past midnight. Null: none. */
  quietHours: { from: number; to: number } | null;
  /** Days without an answer before the single follow-up reminder; 0 turns reminders off. */
  followUpDays: number;
  /** The user's own name, for signing templates. */
  userName: string;
  /** A mentor or buddy, for a one-click message on a hard day. */
  mentor: { name: string; email?: string } | null;
  /** The checklist each new rejection starts with; each rejection keeps its own copy. */
  checklistSteps: StepTemplate[];
}

export const DEFAULT_PREFERENCES: Preferences = {
  pauseDefault: 'day',
  quietHours: { from: 22 * 60, to: 8 * 60 },
  followUpDays: 7,
  userName: '',
  mentor: null,
  checklistSteps: DEFAULT_STEP_IDS.map((id) => ({ id })),
};

/** Everything the user sets in the options page, in extension storage (read by the background and pages). */
export const preferences = storage.defineItem<Preferences>('local:preferences', {
  fallback: DEFAULT_PREFERENCES,
});

/** Stored preferences with any field a newer version added filled from the defaults. */
export async function readPreferences(): Promise<Preferences> {
  return { ...DEFAULT_PREFERENCES, ...(await preferences.getValue()) };
}

/** The last write asked for: each waits for the one before, so two at once never undo each other. */
let lastWrite: Promise<unknown> = Promise.resolve();

/** Saves some preferences, keeping the others as stored. Only the background writes (pages ask it to). */
export function updatePreferences(changes: Partial<Preferences>): Promise<Preferences> {
  const write = lastWrite.then(async () => {
    const next = { ...(await readPreferences()), ...changes };
    await preferences.setValue(next);
    return next;
  });
  lastWrite = write.catch(() => undefined);
  return write;
}
