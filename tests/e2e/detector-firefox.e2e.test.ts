import type { Browser, Page } from 'puppeteer-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEMO_INBOX,
  GMAIL_INBOX_URL,
  GMAIL_LIKE_POLICY,
  NO_WORKERS_POLICY,
} from '../../scripts/launch-chromium';
import { launchFirefoxWithExtension, serveAsGmailInFirefox } from '../../scripts/launch-firefox';
import { DETECTOR_GLOBAL } from '../../sites/detector-loader';
import {
  findExtensionPage,
  readRejectionsThroughBackground,
  typeInContentScriptSandbox,
} from './firefox-extension-state';

const GMAIL_TABS = 'https://mail.google.com/*';

describe('the detector on a Gmail page in real Firefox ESR, once a message opens', () => {
  let browser: Browser;
  let extension: Page;
  let page: Page;
  const detectorBesideScript = () => typeInContentScriptSandbox(extension, GMAIL_TABS, DETECTOR_GLOBAL);
  const inPageWorld = () => page.evaluate((name) => name in window, DETECTOR_GLOBAL);

  beforeEach(async () => {
    browser = await launchFirefoxWithExtension();
    extension = await findExtensionPage(browser);
    page = await browser.newPage();
  });

  afterEach(async () => {
    await browser?.close();
  });

  async function openLumenfield(): Promise<void> {
    await page.locator('tr[data-open="thread-lumenfield"]').click();
    await page.waitForSelector('[data-comeback-notice] >>> .title');
    await expect.poll(() => readRejectionsThroughBackground(extension)).toHaveLength(1);
    expect((await readRejectionsThroughBackground(extension))[0]).toMatchObject({
      source: 'gmail',
      company: 'Lumenfield',
      role: 'Senior Product Designer',
    });
  }

  it('runs in a worker of the page under a Gmail-like policy with Trusted Types, nothing added to the page', async () => {
    await serveAsGmailInFirefox(page, DEMO_INBOX, GMAIL_LIKE_POLICY);
    await page.goto(GMAIL_INBOX_URL);
    await page.waitForSelector('tr[data-open="thread-lumenfield"]');
    // Time for the content script to start, at `document_idle`, and for anything it would ask for.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await detectorBesideScript()).toBe('undefined');

    await openLumenfield();
    // Judged, yet the detector's files were never added beside the content script: the worker judged it.
    expect(await detectorBesideScript()).toBe('undefined');
    expect(await inPageWorld()).toBe(false);
  });

  it('runs beside the content script, never in the page, where the page allows no workers', async () => {
    await serveAsGmailInFirefox(page, DEMO_INBOX, NO_WORKERS_POLICY);
    await page.goto(GMAIL_INBOX_URL);
    await page.waitForSelector('tr[data-open="thread-lumenfield"]');
    await openLumenfield();
    expect(await detectorBesideScript()).toBe('object');
    expect(await inPageWorld()).toBe(false);
  });
});
