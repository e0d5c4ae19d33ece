import { isStorageFullAnswer } from '@/messaging/storage-full';
import { t } from './i18n';

/** What to tell the user when the background could not do what they asked: a full disk gets its own words. */
export function failureMessage(error: unknown): string {
  return t(isStorageFullAnswer(error) ? 'errorStorageFull' : 'errorGeneric');
}
