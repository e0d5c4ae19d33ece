import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import de from '../../public/_locales/de/messages.json';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/launch-chromium';

/** Whether anything on the page is wider than the page itself: German words are long, and must still fit. */
function overflowsSideways(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent?.slice(0, 40)}`,
      );
  });
}

describe('the extension in German, in real Chromium started with --lang=de', () => {
  let browser: ExtensionBrowser;
  let popup: Page;

  beforeAll(async () => {
    browser = await launchWithExtension({ headless: true, locale: 'de' });
    popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('speaks German in the popup, and the page says so', async () => {
    const uiLanguage = await browser.serviceWorker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }
      ).chrome.i18n.getUILanguage(),
    );
    // Linux builds without their translations (Debian: `chromium-l10n`) fall back to English whatever is asked.
    expect(
      uiLanguage,
      'Chromium has no German UI: install its translations (apt-get install chromium-l10n)',
    ).toMatch(/^de\b/);
    await popup.getByRole('heading', { name: de.popupEmptyTitle.message }).waitFor();
    expect(await popup.locator('html').getAttribute('lang')).toMatch(/^de\b/);
  });

  it('logs a rejection from the German form and shows its plan in German, dates and counts included', async () => {
    await popup.getByLabel(de.logCompany.message, { exact: true }).fill('Northwind');
    await popup.getByLabel(de.logRole.message).fill('Produktdesignerin');
    await popup.getByRole('button', { name: de.logSave.message }).click();
    await popup.getByRole('heading', { level: 1, name: 'Produktdesignerin bei Northwind' }).waitFor();

    const today = new Intl.DateTimeFormat('de', { dateStyle: 'medium' }).format(Date.now());
    await popup.getByText(`Erhalten am ${today}`).waitFor();
    await popup.getByText(/^0 von \d+ erledigt$/).waitFor();
    await popup.getByRole('heading', { name: de.checklistHeading.message }).waitFor();
    expect(await overflowsSideways(popup)).toEqual([]);
  });

  it('shows the settings in German without anything running off the side', async () => {
    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 800, height: 700 });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByRole('heading', { level: 1, name: de.optionsTitle.message }).waitFor();
    expect(await overflowsSideways(options)).toEqual([]);
    await options.close();
  });
});
