import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GMAIL_INBOX_URL } from '../../scripts/launch-chromium';
import { launchFirefoxWithExtension, serveAsGmailInFirefox } from '../../scripts/launch-firefox';

const NOTICE = '[data-comeback-notice]';

describe('Gmail in real Firefox ESR with the built extension', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchFirefoxWithExtension();
    page = await browser.newPage();
    await serveAsGmailInFirefox(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('installs, and the rejection shows the in-page notice naming the company', async () => {
    await page.goto(GMAIL_INBOX_URL);
    await page.locator('tr[data-open="thread-lumenfield"]').click();
    const title = await page.waitForSelector(`${NOTICE} >>> .title`);
    expect(await title?.evaluate((element) => element.textContent)).toContain('Lumenfield');
    const buttons = await page.$$eval(`${NOTICE} >>> button`, (elements) =>
      elements.map((b) => b.textContent),
    );
    expect(buttons).toEqual(expect.arrayContaining(['Open my plan', 'Not a rejection']));
  });

  it('removes the false alarm when asked and thanks the user', async () => {
    const notRejection = await page.waitForSelector(`${NOTICE} >>> ::-p-text(Not a rejection)`);
    await notRejection?.click();
    const thanks = await page.waitForSelector(`${NOTICE} >>> ::-p-text(We won't flag this message again)`);
    expect(thanks).not.toBeNull();
  });
});
