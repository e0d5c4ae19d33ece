import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GMAIL_INBOX_URL } from '../../scripts/launch-chromium';
import { launchFirefoxWithExtension, serveAsGmailInFirefox } from '../../scripts/launch-firefox';
import { HEALTH_POLL } from './extension-state';
import {
  badgeTextInFirefox,
  findExtensionPage,
  messagesReadInFirefox,
  readRejectionsThroughBackground,
  readStoreThroughBackground,
} from './firefox-extension-state';

const NOTICE = '[data-comeback-notice]';
const LUMENFIELD_KEY = 'gmail:msg-f:1850318244010000001';

async function openThread(page: Page, thread: string): Promise<void> {
  await page.goto(GMAIL_INBOX_URL);
  await page.locator(`tr[data-open="${thread}"]`).click();
  await page.waitForSelector('h2.hP');
}

describe('Gmail in real Firefox ESR with the built extension', () => {
  let browser: Browser;
  let extension: Page;
  let page: Page;

  /** Waits until the Gmail adapter has read `count` messages in all: proof a step was really looked at. */
  const readSoFar = (count: number) =>
    expect.poll(() => messagesReadInFirefox(extension, 'gmail'), HEALTH_POLL).toBe(count);

  beforeAll(async () => {
    browser = await launchFirefoxWithExtension();
    extension = await findExtensionPage(browser);
    page = await browser.newPage();
    await serveAsGmailInFirefox(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('stores the rejection in the background, lights the badge and shows the notice naming the company', async () => {
    await openThread(page, 'thread-northwind');
    await readSoFar(1);
    expect(await readRejectionsThroughBackground(extension)).toEqual([]);

    await openThread(page, 'thread-lumenfield');
    const title = await page.waitForSelector(`${NOTICE} >>> .title`);
    expect(await title?.evaluate((element) => element.textContent)).toContain('Lumenfield');
    const buttons = await page.$$eval(`${NOTICE} >>> button`, (elements) =>
      elements.map((b) => b.textContent),
    );
    expect(buttons).toEqual(expect.arrayContaining(['Open my plan', 'Not a rejection']));

    const stored = await readRejectionsThroughBackground(extension);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      key: LUMENFIELD_KEY,
      source: 'gmail',
      company: 'Lumenfield',
      role: 'Senior Product Designer',
      recruiterName: 'Priya Raman',
      viewed: 0,
    });
    expect(await badgeTextInFirefox(extension)).toBe('1');
  });

  it('reads the same message in a second tab, where the background knows it: no second record, no notice', async () => {
    const secondTab = await browser.newPage();
    await serveAsGmailInFirefox(secondTab);
    await openThread(secondTab, 'thread-lumenfield');
    // Counted once the message was handed over; its report was answered seconds before the count arrives.
    await readSoFar(3);
    expect(await secondTab.$(NOTICE)).toBeNull();
    expect(await readRejectionsThroughBackground(extension)).toHaveLength(1);
    await secondTab.close();
  });

  it('removes the false alarm when asked, thanks the user and remembers the message', async () => {
    const notRejection = await page.waitForSelector(`${NOTICE} >>> ::-p-text(Not a rejection)`);
    await notRejection?.click();
    const thanks = await page.waitForSelector(`${NOTICE} >>> ::-p-text(We won't flag this message again)`);
    expect(thanks).not.toBeNull();

    await expect.poll(() => readRejectionsThroughBackground(extension)).toEqual([]);
    const dismissals = await readStoreThroughBackground<{ key: string }>(extension, 'dismissals');
    expect(dismissals.map((dismissal) => dismissal.key)).toContain(LUMENFIELD_KEY);
    await expect.poll(() => badgeTextInFirefox(extension)).toBe('');
  });
});
