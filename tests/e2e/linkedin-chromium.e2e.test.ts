import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, servePage } from '../../scripts/launch-chromium';
import { badgeText, HEALTH_POLL, messagesRead, readRejections } from './extension-state';

const DEMO_LINKEDIN = fileURLToPath(new URL('../../demo/linkedin.html', import.meta.url));
const FEED_URL = 'https://www.linkedin.com/feed/';
const CORVID_THREAD = 'https://www.linkedin.com/messaging/thread/2-Y29ydmlkcGF5/';
const NOTICE = '[data-comeback-notice]';

/** Clicks a link of the app, which moves there without a page load, and waits for what it shows. */
async function follow(page: Page, link: string, shows: string): Promise<void> {
  await page.getByRole('link', { name: link }).first().click();
  await page.getByText(shows).first().waitFor();
}

describe('LinkedIn messaging in real Chromium with the built extension', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchWithExtension({ headless: true });
    await servePage(browser.context, 'https://www.linkedin.com/**', DEMO_LINKEDIN);
    page = await browser.context.newPage();
    // Loaded on the feed: the browser adds no content script when the app moves into messaging later.
    await page.goto(FEED_URL);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("logs a recruiter's rejection naming the employer, not LinkedIn; a look-alike counts for nothing", async () => {
    await follow(page, 'Messaging', 'Select a conversation to read it.');
    expect(page.url()).toBe('https://www.linkedin.com/messaging/');

    // An acknowledgement ("If you are not selected…") is read first, and not stored.
    await follow(page, 'Sofia Marin', 'Recruiter at Heron Labs');
    await expect.poll(() => messagesRead(browser.serviceWorker, 'linkedin'), HEALTH_POLL).toBe(1);
    expect(await readRejections(browser.serviceWorker)).toEqual([]);

    await follow(page, 'Jordan Blake', 'Talent Acquisition Partner at Corvid Pay');
    await expect.poll(() => readRejections(browser.serviceWorker)).toHaveLength(1);
    const [stored] = await readRejections(browser.serviceWorker);
    expect(stored).toMatchObject({
      source: 'linkedin',
      company: 'Corvid Pay',
      role: 'Platform Engineer',
      recruiterName: 'Jordan Blake',
      url: CORVID_THREAD,
      viewed: 0,
    });
    expect(stored?.reasons.join(' ')).toMatch(/decided to move forward with other candidates/);
    expect(await badgeText(browser.serviceWorker)).toBe('1');
    await page.locator(`${NOTICE} >> text=Corvid Pay`).waitFor();
  });

  it('follows the app out of messaging and back, and stores the rejection once', async () => {
    await follow(page, 'Jobs', 'Jobs for you');
    await follow(page, 'Messaging', 'Select a conversation to read it.');
    await follow(page, 'Jordan Blake', 'Talent Acquisition Partner at Corvid Pay');
    // Read again on the way back, as after a reload; stored once all the same.
    await expect.poll(() => messagesRead(browser.serviceWorker, 'linkedin'), HEALTH_POLL).toBe(3);
    expect(await readRejections(browser.serviceWorker)).toHaveLength(1);
    expect(await badgeText(browser.serviceWorker)).toBe('1');
  });
});
