import { browser } from 'wxt/browser';

export type MessageKey = keyof typeof import('@/public/_locales/en/messages.json');

/** Every UI string goes through here, so each one lives in `_locales` and is translatable. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}
