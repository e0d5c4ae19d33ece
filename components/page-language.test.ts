import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import german from '@/public/_locales/de/messages.json';
import { messageReader } from '@/tests/setup/unit';
import { pageLanguage } from './page-language';

/** The i18n API of a browser set to `uiLanguage`, whose messages are written in `written`. */
const i18n = (uiLanguage: string, written: string) => ({
  getUILanguage: () => uiLanguage,
  getMessage: (key: string) => (key === 'locale' ? written : ''),
});

describe('pageLanguage', () => {
  it('is the language the text fell back to when the browser language has no translation', () => {
    expect(pageLanguage(i18n('it', 'en'))).toBe('en');
    expect(pageLanguage(i18n('pt-BR', 'en'))).toBe('en');
  });

  it("keeps the browser's region when the text is in its language", () => {
    expect(pageLanguage(i18n('en-GB', 'en'))).toBe('en-GB');
    expect(pageLanguage(i18n('de-AT', 'de'))).toBe('de-AT');
    expect(pageLanguage(i18n('fr', 'fr'))).toBe('fr');
  });

  it("reads the language from the extension's own messages", () => {
    // An Italian browser gets the English messages, the default locale.
    fakeBrowser.i18n.getUILanguage = () => 'it';
    expect(pageLanguage()).toBe('en');
    fakeBrowser.i18n.getUILanguage = () => 'de-CH';
    fakeBrowser.i18n.getMessage = messageReader(german) as typeof fakeBrowser.i18n.getMessage;
    expect(pageLanguage()).toBe('de-CH');
  });
});
