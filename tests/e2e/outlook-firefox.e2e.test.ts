import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, servePageInFirefox } from '../../scripts/launch-firefox';
import { HEALTH_POLL } from './extension-state';
import {
  badgeTextInFirefox,
  findExtensionPage,
  messagesReadInFirefox,
  readRejectionsThroughBackground,
} from './firefox-extension-state';

const DEMO_OUTLOOK = fileURLToPath(new URL('../../demo/outlook.html', import.meta.url));
const INBOX_URL = 'https://outlook.live.com/mail/0/';
const BRIGHTWAVE_ID = 'AQQkADAwATZiZmYAZC1iMmQ3LTAwAi0wMAoAEABrR2p5dGVjMWE0NGJhOTQy';
const NOTICE = '[data-comeback-notice]';
const READING_PANE = '[data-app-section="MailReadCompose"]';

/** Clicks a message in the list and waits for the reading pane to show it, as the app does without a page load. */
async function openMessage(page: Page, subject: string): Promise<void> {
  await page.locator(`::-p-xpath(//*[@role="option"][contains(., "${subject}")])`).click();
  await page.locator(`${READING_PANE} [role="heading"] ::-p-text(${subject})`).wait();
}

describe('Outlook on the web in real Firefox ESR with the built extension', () => {
  let browser: Browser;
  let extension: Page;
  let page: Page;

  beforeAll(async () => {
    browser = await launchFirefoxWithExtension();
    extension = await findExtensionPage(browser);
    page = await browser.newPage();
    await servePageInFirefox(page, 'https://outlook.live.com/', DEMO_OUTLOOK);
    await page.goto(INBOX_URL);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('reads a look-alike and stores nothing for it', async () => {
    await openMessage(page, 'Thank you for applying to Northwind Labs');
    await expect.poll(() => messagesReadInFirefox(extension, 'outlook'), HEALTH_POLL).toBe(1);
    expect(await readRejectionsThroughBackground(extension)).toEqual([]);
    expect(await page.$(NOTICE)).toBeNull();
  });

  it('stores the rejection in the background with company, role and recruiter, and shows the notice', async () => {
    await openMessage(page, 'Your application for Senior Data Analyst');
    const title = await page.waitForSelector(`${NOTICE} >>> .title`);
    expect(await title?.evaluate((element) => element.textContent)).toContain('Brightwave');

    const stored = await readRejectionsThroughBackground(extension);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      source: 'outlook',
      company: 'Brightwave',
      role: 'Senior Data Analyst',
      recruiterName: 'Elena Petrova',
      recruiterEmail: 'elena.petrova@brightwave.io',
      url: `${INBOX_URL}inbox/id/${BRIGHTWAVE_ID}`,
      viewed: 0,
    });
    expect(await badgeTextInFirefox(extension)).toBe('1');
  });

  it('"Open my plan" opens the plan, which marks the rejection as seen', async () => {
    const openPlan = await page.waitForSelector(`${NOTICE} >>> ::-p-text(Open my plan)`);
    await openPlan?.click();
    await expect.poll(async () => (await readRejectionsThroughBackground(extension))[0]?.viewed).toBe(1);
    await expect.poll(() => badgeTextInFirefox(extension)).toBe('');
  });
});
