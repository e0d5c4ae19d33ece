import { browser } from 'wxt/browser';

type I18n = Pick<typeof browser.i18n, 'getMessage' | 'getUILanguage'>;

/**
 * The language the extension's pages are written in, for `<html lang>` and for dates and numbers: the browser's
 * own (with its region, "en-GB") when the text is in that language, or else the language the text fell back to,
 * so a screen reader never reads English words with an Italian voice.
 */
export function pageLanguage(i18n: I18n = browser.i18n): string {
  const written = i18n.getMessage('locale') || 'en';
  const browserLanguage = i18n.getUILanguage();
  const [primary] = browserLanguage.toLowerCase().split(/[-_]/);
  return primary === written ? browserLanguage : written;
}
