import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from '@/public/_locales/en/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/** `browser.i18n.getMessage` on one locale's real messages, with Chrome's placeholder rules. */
export function messageReader(locale: Record<string, Entry>) {
  return (key: string, substitutions?: string | string[]): string => {
    const entry = locale[key];
    if (!entry) return '';
    const subs =
      substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? positional(placeholder.content) : whole;
    });
  };
}

/** `browser.i18n.getMessage` on the real English messages. */
export const englishMessage = messageReader(messages as Record<string, Entry>);

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = englishMessage as typeof fakeBrowser.i18n.getMessage;
});
