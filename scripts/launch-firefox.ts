import { readFileSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { requireBrowser } from './browsers';
import { CHROME_BUILD, DEMO_INBOX } from './launch-chromium';

export const FIREFOX_BUILD = CHROME_BUILD.replace(/chrome-mv3$/, 'firefox-mv2');

/** Real Firefox (WebDriver BiDi) with the built extension installed as a temporary add-on. */
export async function launchFirefoxWithExtension(extensionDir = FIREFOX_BUILD): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireBrowser('firefox'),
    headless: true,
    extraPrefsFirefox: { 'xpinstall.signatures.required': false },
  });
  await browser.installExtension(extensionDir);
  return browser;
}

/**
 * Answers every request under `urlPrefix` (e.g. `https://mail.google.com/`) with a page of ours; everything else is
 * refused, so nothing leaves the machine.
 */
export async function servePageInFirefox(page: Page, urlPrefix: string, htmlFile: string): Promise<void> {
  const body = readFileSync(htmlFile, 'utf8');
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith(urlPrefix)) {
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
    } else {
      void request.abort();
    }
  });
}

export const serveAsGmailInFirefox = (page: Page, htmlFile = DEMO_INBOX) =>
  servePageInFirefox(page, 'https://mail.google.com/', htmlFile);
