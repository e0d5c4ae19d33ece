import type { Handlers } from '@/messaging/handle';
import { updatePreferences } from '@/storage/preferences';
import { cleanPersonalSettings } from '@/storage/preferences-personal';

/**
 * The user's own settings. Nudges already waiting keep their alarms: each one checks the quiet hours again when
 * it goes off, and a follow-up keeps the wait chosen when the request was sent.
 */
export function preferencesHandlers(): Pick<Handlers, 'setPersonalSettings'> {
  return {
    async setPersonalSettings(settings) {
      await updatePreferences(cleanPersonalSettings(settings));
      return null;
    },
  };
}
