import { DEFAULT_PREFERENCES, type Preferences, preferences } from '@/storage/preferences';
import { type StoredState, useStoredValue } from './use-stored-value';

/** The preferences, read live, with any field a newer version added filled from the defaults. */
export function usePreferences(): StoredState<Preferences> {
  const stored = useStoredValue(preferences);
  return stored.status === 'ready'
    ? { status: 'ready', value: { ...DEFAULT_PREFERENCES, ...stored.value } }
    : stored;
}
