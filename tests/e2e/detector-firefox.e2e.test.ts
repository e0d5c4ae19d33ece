import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GMAIL_INBOX_URL } from '../../scripts/launch-chromium';
import { launchFirefoxWithExtension, serveAsGmailInFirefox } from '../../scripts/launch-firefox';
import { DETECTOR_GLOBAL } from '../../sites/detector-loader';
import {
  findExtensionPage,
  readRejectionsThroughBackground,
  typeInContentScriptSandbox,
} from './firefox-extension-state';

const GMAIL_TABS = 'https://mail.google.com/*';

describe('the detector, added to a Gmail page in real Firefox ESR once a message opens', () => {
  let browser: Browser;
  let extension: Page;
  let page: Page;
  const detectorType = () => typeInContentScriptSandbox(extension, GMAIL_TABS, DETECTOR_GLOBAL);
  const inPageWorld = () => page.evaluate((name) => name in window, DETECTOR_GLOBAL);

  beforeAll(async () => {
    browser = await launchFirefoxWithExtension();
    extension = await findExtensionPage(browser);
    page = await browser.newPage();
    await serveAsGmailInFirefox(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is not in the page while only the inbox is open', async () => {
    await page.goto(GMAIL_INBOX_URL);
    await page.waitForSelector('tr[data-open="thread-lumenfield"]');
    // Time for the content script to start, at `document_idle`, and for anything it would ask for.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await detectorType()).toBe('undefined');
    expect(await inPageWorld()).toBe(false);
  });

  it('is added to the content script sandbox, never the page, and the rejection opened is logged', async () => {
    await page.locator('tr[data-open="thread-lumenfield"]').click();
    await page.waitForSelector('[data-comeback-notice] >>> .title');
    await expect.poll(() => readRejectionsThroughBackground(extension)).toHaveLength(1);
    expect((await readRejectionsThroughBackground(extension))[0]).toMatchObject({
      source: 'gmail',
      company: 'Lumenfield',
      role: 'Senior Product Designer',
    });
    expect(await detectorType()).toBe('object');
    expect(await inPageWorld()).toBe(false);
  });
});
